// Dashboard charts. The numbers come from the "Show as table" tables next to each chart (the same numbers, so
// nothing is rendered twice and no inline script is needed: the Content-Security-Policy allows scripts from
// the portal's own files only).
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }

  function column(table, index, asNumber) {
    return Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (row) {
      var text = row.children[index].textContent.trim();
      return asNumber ? Number(text) : text;
    });
  }

  var funnelCanvas = document.getElementById('funnel-chart');
  var funnelTable = document.getElementById('funnel');
  if (funnelCanvas && funnelTable) {
    new Chart(funnelCanvas, {
      type: 'bar',
      data: {
        labels: column(funnelTable, 0, false),
        datasets: [{ label: 'Initiatives that reached the stage', data: column(funnelTable, 1, true), backgroundColor: '#0d6efd' }]
      },
      options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }

  var weeklyCanvas = document.getElementById('weekly-chart');
  var weeklyTable = document.getElementById('weekly');
  if (weeklyCanvas && weeklyTable) {
    new Chart(weeklyCanvas, {
      type: 'line',
      data: {
        labels: column(weeklyTable, 0, false),
        datasets: [
          { label: 'Raised', data: column(weeklyTable, 1, true), borderColor: '#dc3545', backgroundColor: '#dc3545' },
          { label: 'Cleared', data: column(weeklyTable, 2, true), borderColor: '#198754', backgroundColor: '#198754' }]
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }
})();
