import { expect } from '@open-wc/testing';

// The two tests run in order: the second proves the root hook (test/root-hooks.js)
// cleared what the first left behind, without a hook of this file's own.
describe('root hooks', () => {
  it('lets a test leave a stored scale behind', () => {
    localStorage.setItem('bantin:font-scale', '1.5');
    expect(localStorage.getItem('bantin:font-scale')).to.equal('1.5');
  });

  it('starts the next test with storage cleared', () => {
    expect(localStorage.getItem('bantin:font-scale')).to.equal(null);
  });
});
