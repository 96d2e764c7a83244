// Chart.js, loaded once on first use from the copy the bundle embeds (no CDN: the page's CSP allows
// scripts from this origin only), then used as window.Chart.

const SRC = '/ui/vendor/chart.umd.min.js';
let loading = null;

/** Resolves to window.Chart, adding its <script> element the first time. */
export function loadChart() {
  if (window.Chart) return Promise.resolve(window.Chart);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = SRC;
      script.async = true;
      script.onload = () => (window.Chart ? resolve(window.Chart) : reject(new Error('The chart library did not load.')));
      script.onerror = () => {
        loading = null;
        script.remove();
        reject(new Error('The chart library could not be loaded.'));
      };
      document.head.append(script);
    });
  }
  return loading;
}

/** Colours that keep apart for most colour vision (Okabe–Ito), then greys. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000',
  '#6b7280', '#9ca3af'];

/** Draws a chart on a canvas; motion is left out when the person asked for less of it. */
export async function drawChart(canvas, config) {
  const Chart = await loadChart();
  const still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return new Chart(canvas, {
    ...config,
    options: { responsive: true, maintainAspectRatio: false, animation: still ? false : { duration: 300 }, ...(config.options || {}) },
  });
}
