/**
 * The smallest ECharts a portal would ship for these charts (the "minimal tree-shaken
 * ECharts build" of the bundle-size comparison): echarts/core with the treemap and bar
 * charts, grid, tooltip, title and aria components and the SVG renderer, bundled and
 * minified by test/bench/run.mjs with esbuild (never written to disk, only measured).
 */
import { init, use } from 'echarts/core';
import { BarChart, TreemapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([TreemapChart, BarChart, GridComponent, TooltipComponent, TitleComponent, AriaComponent, SVGRenderer]);

export { init };
