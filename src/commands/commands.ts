/**
 * The ribbon's function file. Fordel's ribbon button only opens the task pane, which Office does on
 * its own; this page just has to load office.js and report ready so Office does not wait on it.
 */
void Office.onReady();
