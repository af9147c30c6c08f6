import { esbuildPlugin } from '@web/dev-server-esbuild';

/** `npm start`: the demo page, with the TypeScript sources compiled on the fly. */
export default {
  rootDir: '.',
  nodeResolve: true,
  open: false,
  port: Number(process.env.PORT) || 8000,
  hostname: '127.0.0.1',
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
};
