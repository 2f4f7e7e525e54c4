// Test setup shared by the matrix's page tests: a dataset too large to draw whole, and a laid-out viewport for its window.
import { vi } from 'vitest';
import { shippedManyTimes } from './real-dataset';
import { serveDataset } from './serve-dataset';

/** Serves the shipped dataset four times over, and gives the test DOM (which lays nothing out) a desktop viewport whose
 * drawn rows are the height of real ones, so the matrix draws a window of its rows. */
export function serveLargeMatrix(): void {
  serveDataset(shippedManyTimes(4));
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(200);
}
