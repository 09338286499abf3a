// Browser tests run against the release build in dist/, served from a sub-path, in Debian's
// Chromium. Nothing here downloads a browser.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 8787);
export const BASE_PATH = "/a/b/register/";
export const PY_PORT = Number(process.env.E2E_PY_PORT ?? 8788);
/** The plain file server's root, relative to this folder; tests may lay out sites of their own in it. */
export const PY_ROOT = "test-results/python-root";
/** deploy/nginx.conf in a real nginx (tests/hosting/nginx.sh), the site at /samverkan/. */
export const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? 8789);
export const NGINX_URL = `http://127.0.0.1:${NGINX_PORT}/samverkan/`;
/** deploy/apache.htaccess in a real Apache httpd (tests/hosting/apache.sh), the site at /samverkan/. */
export const APACHE_PORT = Number(process.env.E2E_APACHE_PORT ?? 8790);
export const APACHE_URL = `http://127.0.0.1:${APACHE_PORT}/samverkan/`;

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.js",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${BASE_PATH}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      command: `node serve.mjs ../../dist ${port} ${BASE_PATH}`,
      url: `http://127.0.0.1:${port}${BASE_PATH}`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      // A plain file server with no configuration: dist/ copied under another sub-path.
      command: `rm -rf ${PY_ROOT} && mkdir -p ${PY_ROOT}/py && cp -r ../../dist ${PY_ROOT}/py/register && python3 -m http.server ${PY_PORT} --bind 127.0.0.1 --directory ${PY_ROOT}`,
      url: `http://127.0.0.1:${PY_PORT}/py/register/`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      // The shipped nginx configuration, as IT would install it (tests/hosting/nginx.sh).
      command: `../hosting/nginx.sh ${NGINX_PORT} ../../dist`,
      url: NGINX_URL,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The shipped .htaccess, as IT would install it (tests/hosting/apache.sh).
      command: `../hosting/apache.sh ${APACHE_PORT} ../../dist`,
      url: APACHE_URL,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
