// The clients' dashboard: draws each chart from the figures the server put in #dashboard-charts (JSON, shown
// figures only: a hidden one is null and is drawn as no bar). Every chart has a table with the same figures.
"use strict";

const COLOURS = ["#2563eb", "#f79009", "#12b76a", "#7a5af8", "#f04438"];

function drawCharts() {
  const source = document.getElementById("dashboard-charts");
  if (!source || typeof Chart === "undefined") return;
  const charts = JSON.parse(source.textContent);
  for (const [id, spec] of Object.entries(charts)) {
    const canvas = document.getElementById(id);
    if (!canvas) continue;
    const horizontal = spec.type === "bar"; // "columns": vertical bars side by side, one colour per series
    new Chart(canvas, {
      type: spec.type === "columns" ? "bar" : spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map((series, index) => ({
          label: series.label,
          data: series.data,
          backgroundColor: COLOURS[index % COLOURS.length],
          borderColor: COLOURS[index % COLOURS.length],
          spanGaps: false,
        })),
      },
      options: {
        indexAxis: horizontal ? "y" : "x",
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: spec.series.length > 1 } },
        scales: { [horizontal ? "x" : "y"]: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    canvas.dataset.drawn = "true";
  }
}

document.addEventListener("DOMContentLoaded", drawCharts);
