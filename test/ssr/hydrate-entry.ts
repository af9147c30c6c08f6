// What a portal's page loads to hydrate server-rendered bantin: Lit's hydration
// support first (it must run before Lit), then the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/bantin.js';
