// One indicator's values over the year as a line against its target (and the straight line the
// status is judged by), drawn by ECharts with its SVG renderer so the page prints sharply.
import { useEffect, useRef } from 'react';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ComposeOption } from 'echarts/core';
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { Dashboard } from '../../../shared/api/tracking';
import { formatNumber } from '../../../shared/tracking/format';
import { parsePeriod, periodEnd, periodLabel } from '../../../shared/tracking/period';
import type { TargetStatus } from '../../../shared/tracking/status';

use([LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

type Option = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | MarkLineComponentOption>;

const STATUS_COLOR: Record<TargetStatus, string> = {
  已完成: '#1c7c45',
  正常推进: '#3f9a5a',
  滞后: '#c98a00',
  逾期: '#b42318',
  未开始: '#7a8494',
  无数据: '#7a8494',
};

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Axis ends on round numbers around [lo, hi] with some air; 0 stays the floor for non-negative values. */
function niceRange(lo: number, hi: number): [number, number] {
  const span = hi - lo || Math.abs(hi) || 1;
  let step = 10 ** Math.floor(Math.log10(span));
  if (span / step < 3) step /= 2;
  const pad = span * 0.1;
  let min = Math.floor((lo - pad) / step) * step;
  const max = Math.ceil((hi + pad) / step) * step;
  if (lo >= 0 && min < 0) min = 0;
  return [Number(formatNumber(min, 6)), Number(formatNumber(max, 6))];
}

interface IndicatorChartProps {
  target: Dashboard['status']['targets'][number];
  series: Dashboard['series'][number];
}

export function IndicatorChart({ target, series }: IndicatorChartProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!ref.current) return;
    const chart = init(ref.current, undefined, { renderer: 'svg' });
    const unit = target.unit;
    const points = series.points.map((p) => {
      const period = parsePeriod(p.period)!;
      return { value: [day(periodEnd(period)), p.value], name: periodLabel(period) };
    });
    const line = series.line;
    const goals = [target.target.value, target.target.valueMax].filter((v): v is number => v !== null);
    const xs = [...points.map((p) => p.value[0] as number), ...(line ? [day(line.fromDate), day(line.toDate)] : [])];
    // The y range holds the values, the line and every target end, with a little air.
    const ys = [...series.points.map((p) => p.value), ...goals, ...(line ? [line.fromValue, line.toValue] : [])];
    const [yMin, yMax] = ys.length ? [Math.min(...ys), Math.max(...ys)] : [0, 1];
    const [yLo, yHi] = niceRange(yMin, yMax);
    const option: Option = {
      animation: false,
      grid: { left: 44, right: 16, top: 30, bottom: 26 },
      legend: { top: 0, left: 0, itemWidth: 16, itemHeight: 8, textStyle: { fontSize: 11, color: '#4d5766' }, data: ['实际值', '进度线'] },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => `${formatNumber(Number(v))}${unit}`,
      },
      xAxis: {
        type: 'time',
        min: xs.length ? Math.min(...xs) : undefined,
        max: xs.length ? Math.max(...xs) : undefined,
        axisLabel: { fontSize: 11, color: '#4d5766', formatter: (v: number) => `${new Date(v).getUTCMonth() + 1}月` },
        splitNumber: 4,
      },
      yAxis: {
        type: 'value',
        min: yLo,
        max: yHi,
        axisLabel: { fontSize: 11, color: '#4d5766', formatter: (v: number) => formatNumber(v) },
        splitLine: { lineStyle: { color: '#eceff3' } },
      },
      series: [
        {
          name: '实际值',
          type: 'line',
          data: points,
          symbol: 'circle',
          symbolSize: 7,
          lineStyle: { width: 2.5, color: STATUS_COLOR[target.status] },
          itemStyle: { color: STATUS_COLOR[target.status] },
          label: { show: points.length <= 6, position: 'top', fontSize: 11, color: '#1f2733', formatter: (p) => formatNumber(Number((p.value as number[])[1])) },
          markLine: goals.length
            ? {
                symbol: 'none',
                silent: true,
                lineStyle: { color: '#1f5fae', type: 'solid', width: 1.5 },
                label: { position: 'insideEndTop', fontSize: 11, color: '#1f5fae' },
                data: goals.map((g, i) => ({
                  yAxis: g,
                  label: { formatter: goals.length > 1 ? `${i ? '上限' : '下限'} ${formatNumber(g)}${unit}` : `目标 ${target.target.text}` },
                })),
              }
            : undefined,
        },
        {
          name: '进度线',
          type: 'line',
          data: line ? [[day(line.fromDate), line.fromValue], [day(line.toDate), line.toValue]] : [],
          symbol: 'none',
          lineStyle: { type: 'dashed', width: 1.5, color: '#9aa3af' },
          itemStyle: { color: '#9aa3af' },
          tooltip: { show: false },
        },
      ],
    };
    chart.setOption(option);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(ref.current);
    // Print sizes the chart to the paper's column before the page is laid out.
    const onPrint = () => chart.resize();
    window.addEventListener('beforeprint', onPrint);
    return () => {
      window.removeEventListener('beforeprint', onPrint);
      resize.disconnect();
      chart.dispose();
    };
  }, [target, series]);

  const latest = target.latest ? `${formatNumber(target.latest.value)}${target.unit}` : '未填报';
  return (
    <figure className="indicator-chart" data-target-id={target.id}>
      <figcaption>
        <span className="indicator-chart-name">{target.name}</span>
        <span className="indicator-chart-facts">
          最新 {latest} · 目标 {target.target.text}
        </span>
      </figcaption>
      <div ref={ref} className="indicator-chart-canvas" role="img" aria-label={`${target.name}：${series.points.map((p) => `${periodLabel(parsePeriod(p.period)!)} ${formatNumber(p.value)}${target.unit}`).join('，') || '没有填报值'}；目标 ${target.target.text}`} />
    </figure>
  );
}
