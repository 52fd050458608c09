package sinew.generator.site;

/** The style sheet and the script of the review site (no libraries: the site must open from file:// offline). */
final class SiteAssets {

	private SiteAssets() {
	}

	static final String CSS = """
			:root { --fg: #1d2330; --muted: #5b6475; --line: #d8dde6; --bg: #ffffff; --band: #f3f5f9; --accent: #1f5fa8;
			  --error: #b3261e; --warning: #a15c00; --info: #2f6f9f; }
			* { box-sizing: border-box; }
			body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
			  color: var(--fg); background: var(--bg); }
			a { color: var(--accent); text-decoration: none; }
			a:hover { text-decoration: underline; }
			code { font: 13px/1.3 ui-monospace, "DejaVu Sans Mono", monospace; }
			.snw-top { display: flex; align-items: center; gap: 24px; padding: 10px 24px; background: #15243a; color: #fff; }
			.snw-top a { color: #dfe8f5; }
			.snw-brand { font-weight: 700; letter-spacing: .02em; color: #fff !important; }
			.snw-top nav { display: flex; gap: 18px; flex-wrap: wrap; }
			.snw-top nav a.active { color: #fff; border-bottom: 2px solid #8fb8ea; }
			main { padding: 8px 24px 32px; max-width: 1400px; }
			footer { padding: 12px 24px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); }
			h1 { font-size: 26px; margin: 14px 0 6px; overflow-wrap: anywhere; }
			h2 { font-size: 19px; margin: 26px 0 8px; }
			table { border-collapse: collapse; margin: 6px 0 12px; }
			th, td { text-align: left; vertical-align: top; padding: 4px 10px; border-bottom: 1px solid var(--line); }
			thead th { background: var(--band); font-weight: 600; font-size: 13px; color: var(--muted); }
			td.num { text-align: right; font-variant-numeric: tabular-nums; }
			tr:target, li:target { background: #fff6cc; }
			.snw-attrs > tbody > tr > th { color: var(--muted); font-weight: 500; white-space: nowrap; }
			.snw-attrs.nested { margin: 0; font-size: 14px; }
			.snw-attrs.nested th, .snw-attrs.nested td { border: 0; padding: 1px 8px 1px 0; }
			.snw-cards { display: flex; gap: 12px; flex-wrap: wrap; list-style: none; padding: 0; }
			.snw-cards li { border: 1px solid var(--line); border-radius: 6px; padding: 10px 16px; min-width: 120px; color: var(--muted); }
			.snw-cards .n { display: block; font-size: 24px; font-weight: 700; color: var(--fg); }
			.snw-kind { margin: 12px 0 0; color: var(--muted); text-transform: uppercase; font-size: 12px; letter-spacing: .08em; }
			.snw-title { margin: 0 0 4px; font-size: 17px; }
			.snw-where { color: var(--muted); margin: 4px 0; }
			.snw-doc { white-space: pre-wrap; background: var(--band); border-left: 3px solid var(--accent); padding: 8px 12px; max-width: 900px; }
			.snw-list { padding-left: 18px; }
			.badge { display: inline-block; min-width: 60px; text-align: center; border-radius: 3px; padding: 0 6px; font-size: 12px;
			  font-weight: 600; color: #fff; background: var(--info); }
			.badge.error { background: var(--error); }
			.badge.warning { background: var(--warning); }
			.badge.pass { background: #2e7d32; }
			.badge.fail { background: var(--error); }
			.badge.unknown { background: #6b6b6b; }
			.unresolved { color: var(--error); }
			.snw-filter label { margin-right: 14px; }
			.snw-findings td:nth-child(3) { max-width: 640px; }
			.snw-findings td:nth-child(2) code, .snw-findings td:nth-child(4) code { white-space: nowrap; }
			.snw-attrs.nested + .snw-attrs.nested { border-top: 1px dashed var(--line); margin-top: 3px; padding-top: 3px; }
			.snw-vp-head { display: flex; align-items: baseline; gap: 24px; flex-wrap: wrap; }
			.snw-vps { display: flex; gap: 14px; flex-wrap: wrap; }
			.snw-vps a.active { font-weight: 700; color: var(--fg); }
			.snw-note { color: var(--warning); margin: 4px 0; }
			.snw-toolbar { display: flex; gap: 6px; align-items: center; margin: 8px 0; color: var(--muted); font-size: 13px; }
			.snw-toolbar button { font: inherit; min-width: 34px; padding: 3px 10px; border: 1px solid var(--line); border-radius: 4px;
			  background: var(--band); cursor: pointer; color: var(--fg); }
			.snw-toolbar span { margin-left: 8px; }
			.snw-viewport { height: calc(100vh - 190px); min-height: 420px; border: 1px solid var(--line); border-radius: 4px;
			  overflow: hidden; background: #fbfcfe; cursor: grab; touch-action: none; }
			.snw-viewport.dragging { cursor: grabbing; }
			.snw-viewport > svg { display: block; width: 100%; height: 100%; user-select: none; }
			.snw-viewport a.snw-el:hover * { filter: brightness(0.92); }
			.snw-charts { display: flex; flex-wrap: wrap; gap: 16px; }
			.snw-charts figure { margin: 0; border: 1px solid var(--line); padding: 8px; max-width: 100%; }
			.snw-charts img { max-width: 100%; height: auto; display: block; }
			.snw-charts figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
			""";

	static final String JS = """
			// Sinew review site: pan and zoom of the diagrams, the findings filter. No libraries, no network.
			(function () {
			  'use strict';

			  function panZoom(viewport) {
			    var svg = viewport.querySelector('svg');
			    if (!svg) { return; }
			    var base;
			    var vb = svg.viewBox && svg.viewBox.baseVal;
			    if (vb && vb.width > 0 && vb.height > 0) {
			      base = { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
			    } else {
			      var box = svg.getBBox();
			      base = { x: box.x, y: box.y, w: Math.max(box.width, 1), h: Math.max(box.height, 1) };
			    }
			    svg.removeAttribute('width');
			    svg.removeAttribute('height');
			    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
			    var view = { x: base.x, y: base.y, w: base.w, h: base.h };
			    function apply() { svg.setAttribute('viewBox', view.x + ' ' + view.y + ' ' + view.w + ' ' + view.h); }
			    function scale() {
			      var r = svg.getBoundingClientRect();
			      return Math.max(view.w / Math.max(r.width, 1), view.h / Math.max(r.height, 1));
			    }
			    function toSvg(clientX, clientY) {
			      var r = svg.getBoundingClientRect();
			      var s = scale();
			      return { x: view.x + view.w / 2 + (clientX - r.left - r.width / 2) * s,
			               y: view.y + view.h / 2 + (clientY - r.top - r.height / 2) * s };
			    }
			    function zoom(factor, clientX, clientY) {
			      var w = view.w * factor;
			      if (w < base.w / 40 || w > base.w * 8) { return; }
			      var p = toSvg(clientX, clientY);
			      view.x = p.x - (p.x - view.x) * factor;
			      view.y = p.y - (p.y - view.y) * factor;
			      view.w = w;
			      view.h = view.h * factor;
			      apply();
			    }
			    function centre() {
			      var r = svg.getBoundingClientRect();
			      return [r.left + r.width / 2, r.top + r.height / 2];
			    }
			    function fit() { view = { x: base.x, y: base.y, w: base.w, h: base.h }; apply(); }
			    viewport.addEventListener('wheel', function (e) {
			      e.preventDefault();
			      zoom(Math.exp(Math.max(-100, Math.min(100, e.deltaY)) * 0.002), e.clientX, e.clientY);
			    }, { passive: false });
			    var drag = null;
			    var moved = false;
			    viewport.addEventListener('pointerdown', function (e) {
			      if (e.button !== 0) { return; }
			      drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, s: scale(), id: e.pointerId, on: false };
			      moved = false;
			    });
			    viewport.addEventListener('pointermove', function (e) {
			      if (!drag) { return; }
			      var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
			      if (!drag.on && Math.abs(dx) + Math.abs(dy) > 4) {
			        drag.on = true;
			        moved = true;
			        viewport.classList.add('dragging');
			        viewport.setPointerCapture(drag.id);
			      }
			      if (drag.on) {
			        view.x = drag.vx - dx * drag.s;
			        view.y = drag.vy - dy * drag.s;
			        apply();
			      }
			    });
			    function end() {
			      if (drag && drag.on && viewport.hasPointerCapture(drag.id)) { viewport.releasePointerCapture(drag.id); }
			      drag = null;
			      viewport.classList.remove('dragging');
			    }
			    viewport.addEventListener('pointerup', end);
			    viewport.addEventListener('pointercancel', end);
			    // a drag that ends on a shape is not a click on its link
			    viewport.addEventListener('click', function (e) {
			      if (moved) { e.preventDefault(); e.stopPropagation(); moved = false; }
			    }, true);
			    document.querySelectorAll('[data-zoom]').forEach(function (button) {
			      button.addEventListener('click', function () {
			        var c = centre();
			        var what = button.getAttribute('data-zoom');
			        if (what === 'fit') { fit(); } else { zoom(what === 'in' ? 1 / 1.25 : 1.25, c[0], c[1]); }
			      });
			    });
			    document.addEventListener('keydown', function (e) {
			      if (e.target && /input|textarea|select/i.test(e.target.tagName)) { return; }
			      var c = centre();
			      if (e.key === '+' || e.key === '=') { zoom(1 / 1.25, c[0], c[1]); }
			      else if (e.key === '-') { zoom(1.25, c[0], c[1]); }
			      else if (e.key === '0') { fit(); }
			    });
			    fit();
			  }

			  function findingsFilter() {
			    var boxes = document.querySelectorAll('input[data-severity]');
			    function update() {
			      var shown = {};
			      boxes.forEach(function (b) { shown[b.getAttribute('data-severity')] = b.checked; });
			      document.querySelectorAll('table.snw-findings tbody tr').forEach(function (row) {
			        var severity = (row.className.match(/sev-(\\w+)/) || [])[1];
			        row.hidden = severity !== undefined && shown[severity] === false;
			      });
			    }
			    boxes.forEach(function (b) { b.addEventListener('change', update); });
			  }

			  function start() {
			    document.querySelectorAll('.snw-viewport').forEach(panZoom);
			    findingsFilter();
			  }
			  if (document.readyState === 'loading') {
			    document.addEventListener('DOMContentLoaded', start);
			  } else {
			    start();
			  }
			})();
			""";
}
