/* eslint-disable */
/**
 * Builds the task pane and the ribbon's function file into dist/.
 *   webpack --mode production            the add-in as Excel loads it (office.js from Microsoft's CDN)
 *   webpack serve --env preview          http://127.0.0.1:3000 with a fake Excel holding the sample workbook
 *   webpack --env stub                   only the fake Excel, into test-output/office-stub/ (browser test)
 *   webpack --env web / npm run web      only the browser page (dist/web.html), served on http://127.0.0.1:3001
 *   The production build makes both the add-in and the browser page (web.html, its own bundles, web-*.js).
 *   FORDEL_URL=https://host/path/ webpack --mode production
 *                                        the same, with every manifest URL on that host (for deployment);
 *                                        fails when the manifest would still name localhost
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const webpack = require('webpack');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const STUB_ENTRY = './src/adapters/office-fake/office-stub.ts';
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
// The manifest rewrite is TypeScript (src/tools/host-manifest.ts), tested with the rest.
require('tsx/cjs');
const { hostBase, manifestForHost } = require('./src/tools/host-manifest.ts');

const CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  // Fluent UI puts its styles in <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The browser page opens the user's file and never connects anywhere: no connect-src at all, scripts and the
 * check's worker only from the page itself, downloads as blob: URLs.
 */
const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The check runs in a Web Worker: one self-contained file per build, never split into shared chunks. */
const WORKER_ENTRY = './src/taskpane/worker/check-worker.ts';
const notWorker = (chunk) => !/check-worker$/.test(chunk.name || '');

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      transpileOnly: true,
      // ES modules so webpack can drop the Fluent UI components the pane does not use.
      compilerOptions: { module: 'es2020', sourceMap: true },
    },
  },
};

const resolve = { extensions: ['.ts', '.tsx', '.js', '.mjs'] };

/**
 * Dev-server certificates trusted by Office (office-addin-dev-certs makes and installs them on first
 * use). Only asked for when actually serving over https: a build must not touch the trust store.
 */
async function httpsOptions() {
  try {
    return await require('office-addin-dev-certs').getHttpsServerOptions();
  } catch {
    return undefined;
  }
}

function stubConfig(production) {
  return {
    name: 'office-stub',
    mode: production ? 'production' : 'development',
    devtool: false,
    entry: { 'office-stub': STUB_ENTRY },
    output: { path: path.resolve(__dirname, 'test-output/office-stub'), filename: '[name].js', clean: true },
    resolve,
    module: { rules: [tsRule] },
  };
}

/** The manifest as copied into dist/: moved to FORDEL_URL when it is given, else as it is (localhost). */
function manifestCopy(fordelUrl) {
  return {
    from: 'manifest.xml',
    to: 'manifest.xml',
    transform: fordelUrl ? (content) => manifestForHost(content.toString('utf8'), fordelUrl) : undefined,
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  if (env.stub) return stubConfig(production);
  const fordelUrl = process.env.FORDEL_URL || env.FORDEL_URL;
  // A wrong host fails the build at once, not after bundling.
  if (fordelUrl) hostBase(fordelUrl);

  const preview = Boolean(env.preview);
  // webpack-cli sets WEBPACK_SERVE for `webpack serve`.
  const serving = Boolean(env.WEBPACK_SERVE);
  const scriptTag = (src) => `<script type="text/javascript" src="${src}"></script>`;
  // In preview the fake Excel is a chunk of its own, loaded where office.js would be.
  const officeScript = preview ? '' : scriptTag(OFFICE_JS);
  const html = (name, template, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      chunksSortMode: 'manual',
      scriptLoading: 'blocking',
      inject: 'body',
      csp: CSP,
      officeScript,
    });

  if (env.web) return webConfig(production);

  const entry = {
    'check-worker': { import: WORKER_ENTRY, filename: 'check-worker.js' },
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    ...(preview ? { 'office-stub': STUB_ENTRY } : {}),
  };
  const stubChunk = preview ? ['office-stub'] : [];

  const config = {
    name: 'addin',
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the CSP does not allow eval.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry,
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      // The browser page's files are built beside the add-in's by the second configuration.
      clean: { keep: /^web/ },
    },
    resolve,
    module: { rules: [tsRule] },
    optimization: {
      minimize: production,
      splitChunks: {
        chunks: notWorker,
        cacheGroups: {
          vendors: {
            test: /[\\/]node_modules[\\/]/,
            name: 'vendors',
            priority: -10,
            reuseExistingChunk: true,
          },
        },
      },
    },
    performance: {
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1_200_000,
      maxAssetSize: 1_200_000,
    },
    plugins: [
      html('taskpane', './src/taskpane/taskpane.html', [...stubChunk, 'taskpane']),
      html('commands', './src/commands/commands.html', [...stubChunk, 'commands']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/support/support.html', to: 'support.html' },
          manifestCopy(fordelUrl),
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: PORT,
      host: preview ? '127.0.0.1' : 'localhost',
      server: preview || !serving ? 'http' : { type: 'https', options: await httpsOptions() },
      client: { overlay: { warnings: false } },
    },
  };
  // The production build holds the browser page too; serving and previews build the add-in only.
  return production && !serving && !preview ? [config, webConfig(production)] : config;
};

/** The browser page: the pane beside a grid of the user's own workbook, read and checked in the browser. */
function webConfig(production) {
  return {
    name: 'web',
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      'web-check-worker': { import: WORKER_ENTRY, filename: 'web-check-worker.js' },
      web: './src/web/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? 'web-[name].[contenthash:8].js' : 'web-[name].js',
      chunkFilename: production ? 'web-[name].[contenthash:8].js' : 'web-[name].js',
      clean: false,
    },
    resolve,
    module: { rules: [tsRule] },
    optimization: {
      minimize: production,
      splitChunks: {
        chunks: notWorker,
        cacheGroups: {
          vendors: { test: /[\\/]node_modules[\\/]/, name: 'vendors', priority: -10, reuseExistingChunk: true },
        },
      },
    },
    // SheetJS makes the page large; it is opened once, from disk or an intranet, not per cell.
    performance: { hints: false },
    plugins: [
      // The .xlsx adapter resolves part names with node:path/posix; the page gets a small equivalent.
      new webpack.NormalModuleReplacementPlugin(/^node:path\/posix$/, path.resolve(__dirname, 'src/web/posix-path.ts')),
      // Its zip check, SheetJS and the copy writer (un)pack with node:zlib; the page gets SheetJS's own inflate and deflate.
      new webpack.NormalModuleReplacementPlugin(/^node:zlib$/, path.resolve(__dirname, 'src/web/zlib.ts')),
      // The adapter hands bytes around as Node Buffers.
      new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }),
      new HtmlWebpackPlugin({
        filename: 'web.html',
        template: './src/web/web.html',
        chunks: ['web'],
        scriptLoading: 'blocking',
        inject: 'body',
        csp: WEB_CSP,
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      port: PORT + 1,
      host: '127.0.0.1',
      server: 'http',
      open: ['/web.html'],
      client: { overlay: { warnings: false } },
    },
  };
}
