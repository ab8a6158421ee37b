#!/usr/bin/env node
// The installed entry point: registers tsx's loader, then runs the TypeScript CLI.
import { register } from 'tsx/esm/api';

register();
await import('../scripts/cli.ts');
