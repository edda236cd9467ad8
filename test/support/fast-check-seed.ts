/**
 * Property tests draw from one fixed seed, so the run on CI is the run anyone can repeat. FC_SEED=<number>
 * draws other cases, FC_SEED=random a fresh seed each run (to hunt for counterexamples, not for CI).
 */
import fc from 'fast-check';

const given = process.env.FC_SEED;
if (given !== 'random') fc.configureGlobal({ seed: given ? Number(given) : 20261207 });
