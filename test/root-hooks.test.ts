import { expect } from '@open-wc/testing';

// The two tests run in order: the second proves the root hook (test/root-hooks.js)
// cleared what the first left behind, without a hook of this file's own. Seen failing
// with the hook's localStorage.clear() taken out ("expected '1.5' to equal null").
let leftBehind = false;

describe('root hooks', () => {
  it('lets a test leave a stored scale behind', () => {
    localStorage.setItem('bantin:font-scale', '1.5');
    expect(localStorage.getItem('bantin:font-scale')).to.equal('1.5');
    leftBehind = true;
  });

  it('starts the next test with storage cleared', () => {
    // Run alone (a grep, an .only), there would be nothing to clear and nothing proved.
    expect(leftBehind, 'the test before this one left a stored scale').to.be.true;
    expect(localStorage.getItem('bantin:font-scale')).to.equal(null);
  });
});
