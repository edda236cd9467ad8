/** A worker thread of the metamorphic run: evaluates the specs it is given and posts the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { evaluateSpec, type VariantSpec } from './evaluate';

const specs = workerData as VariantSpec[];
for (const spec of specs) parentPort!.postMessage(evaluateSpec(spec));
parentPort!.postMessage(null);
