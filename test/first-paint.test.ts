import { itPaintsFirstAtStoredSize } from './first-paint.js';

describe('first paint with the bundle 3 s late', () => {
  itPaintsFirstAtStoredSize(1280, 900, 2);
  itPaintsFirstAtStoredSize(320, 640, 2);
  itPaintsFirstAtStoredSize(320, 640, 1.25);
});
