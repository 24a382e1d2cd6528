// Draws an environment's topology with Cytoscape.js. The page holds the elements; the
// fCoSE layout places them, keeping hosts inside their cluster and site and VMs inside
// their host. A phone gets the list instead: a diagram of hundreds of nodes cannot be
// read on a small screen, and laying it out costs a phone seconds.
const container = document.getElementById('diagram');
const selection = document.getElementById('diagram-selection');
const search = document.getElementById('diagram-search');
const searchStatus = document.getElementById('diagram-search-status');
const narrow = window.matchMedia('(max-width: 575.98px)');

const colours = {
  'management-server': '#1f6feb',
  'license-server': '#8250df',
  'web-access': '#0a7e8c',
  database: '#bf3989',
  application: '#2da44e',
  capability: '#d4a72c',
};

const style = [
  // Labels too small to read at the current zoom are left out rather than drawn as smudge.
  { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-wrap': 'ellipsis', 'text-max-width': 140, 'min-zoomed-font-size': 7 } },
  {
    selector: ':parent',
    style: {
      'text-valign': 'top', 'text-halign': 'center', 'font-weight': 'bold', 'background-opacity': 0.06, 'text-max-width': 600,
      'border-width': 1, 'border-color': '#8c959f', padding: 12,
    },
  },
  { selector: 'node.site', style: { 'background-color': '#15324b', 'border-width': 2, 'font-size': 13 } },
  { selector: 'node.site.recovery', style: { 'border-style': 'dashed' } },
  { selector: 'node.cluster', style: { 'background-color': '#57606a', shape: 'round-rectangle' } },
  { selector: 'node.host', style: { shape: 'rectangle', 'background-color': '#d0d7de', width: 18, height: 12 } },
  { selector: 'node.host:parent', style: { 'background-color': '#57606a', shape: 'rectangle' } },
  { selector: 'node.component', style: { width: 22, height: 22, 'text-valign': 'bottom', 'text-margin-y': 3 } },
  ...Object.entries(colours).map(([kind, colour]) => ({ selector: `node.${kind}`, style: { 'background-color': colour } })),
  { selector: 'node.capability', style: { shape: 'diamond' } },
  { selector: 'node.group', style: { shape: 'round-rectangle', width: 44, height: 26, 'background-color': '#2da44e', 'text-valign': 'center', color: '#ffffff', 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      width: 1.5, 'line-color': '#5b6b7a', 'target-arrow-color': '#5b6b7a', 'target-arrow-shape': 'triangle',
      'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, 'text-background-color': '#ffffff',
      'text-background-opacity': 1,
    },
  },
  { selector: 'edge.grace', style: { 'line-style': 'dashed' } },
  { selector: 'edge.derived', style: { 'line-style': 'dotted' } },
  {
    selector: 'edge.standby',
    style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 4], 'line-color': '#1a7f37', 'target-arrow-color': '#1a7f37', 'target-arrow-shape': 'vee', width: 2 },
  },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: ':selected', style: { 'border-width': 3, 'border-color': '#f0ad4e', 'line-color': '#f0ad4e' } },
];

function describe(node) {
  selection.replaceChildren();
  const title = document.createElement('p');
  title.className = 'fw-semibold mb-1';
  title.textContent = node.data('label');
  selection.append(title);
  const details = document.createElement('dl');
  details.className = 'small mb-0';
  const members = node.data('members') ? node.data('members').split('\n') : [];
  const listed = members.length > 12 ? `${members.slice(0, 12).join(', ')} and ${members.length - 12} more` : members.join(', ');
  for (const [name, value] of [['Kind', node.data('kind')], ['Runs', node.data('placement')], ['Tier', node.data('tier')], ['VMs', listed]]) {
    if (value) {
      const term = document.createElement('dt');
      term.textContent = name;
      const definition = document.createElement('dd');
      definition.textContent = value;
      details.append(term, definition);
    }
  }
  selection.append(details);
}

// A unit and what it is tied to: its dependencies both ways, its standby, and the
// regions they sit in; everything else fades.
function focus(cy, node) {
  const shown = node.closedNeighborhood();
  const kept = shown.union(shown.nodes().ancestors());
  cy.batch(() => {
    cy.elements().addClass('faded');
    kept.removeClass('faded');
  });
  cy.elements().unselect();
  node.select();
  cy.animate({ fit: { eles: shown, padding: 60 } }, { duration: 200 });
  describe(node);
}

function showAll(cy) {
  cy.elements().removeClass('faded');
  cy.elements().unselect();
  searchStatus.textContent = '';
}

function find(cy, text) {
  const wanted = text.trim().toLowerCase();
  if (!wanted) {
    showAll(cy);
    return;
  }
  const found = cy.nodes('.component').not('.group').filter((n) => n.data('label').toLowerCase().includes(wanted)
    || (n.data('key') || '').includes(wanted));
  if (found.empty()) {
    // VMs drawn together are found by the names their node holds.
    const group = cy.nodes('.group').filter((n) => n.data('members').toLowerCase().split('\n').some((m) => m.includes(wanted))
      || n.data('keys').split('\n').some((k) => k.includes(wanted)));
    if (group.nonempty()) {
      const host = group[0].parent();
      searchStatus.textContent = `“${text.trim()}” is one of the ${group[0].data('label')} drawn together on ${host.data('label')}.`;
      focus(cy, group[0]);
      return;
    }
    searchStatus.textContent = `No component matches “${text.trim()}”.`;
    return;
  }
  const exact = found.filter((n) => n.data('label').toLowerCase() === wanted || n.data('key') === wanted);
  const node = exact.nonempty() ? exact[0] : found[0];
  searchStatus.textContent = found.length === 1 ? `Showing ${node.data('label')} and what it is tied to.`
    : `${found.length} components match; showing ${node.data('label')}. Type more of the name to choose another.`;
  focus(cy, node);
}

async function draw() {
  if (narrow.matches) {
    document.getElementById('diagram-list').open = true;
    container.dataset.ready = 'list';
    return;
  }
  const embedded = document.getElementById('diagram-elements');
  let elements;
  if (embedded) {
    elements = JSON.parse(embedded.textContent);
  } else {
    const response = await fetch(container.dataset.elements, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      selection.textContent = 'The diagram could not be loaded; the list below has the same information.';
      return;
    }
    elements = await response.json();
  }
  window.cytoscape.use(window.cytoscapeFcose);
  container.dataset.readMs = String(Math.round(performance.now()));
  // The finest layout takes seconds beyond a few hundred elements; the default one is
  // as readable there and stays within a couple of seconds.
  const large = elements.length > 400;
  const cy = window.cytoscape({
    container,
    elements,
    style,
    wheelSensitivity: 0.3,
    hideEdgesOnViewport: large,
    layout: {
      name: 'fcose', quality: large ? 'default' : 'proof', animate: false, randomize: true, numIter: large ? 1000 : 5000, nodeDimensionsIncludeLabels: true,
      packComponents: true, nodeRepulsion: 9000, idealEdgeLength: 90, edgeElasticity: 0.2, nestingFactor: 0.1, gravityCompound: 1.5, tilingPaddingVertical: 12,
      tilingPaddingHorizontal: 12, padding: 20,
    },
  });
  cy.on('tap', 'node', (event) => (event.target.hasClass('component') ? focus(cy, event.target) : describe(event.target)));
  cy.on('tap', (event) => {
    if (event.target === cy) {
      showAll(cy);
    }
  });
  document.getElementById('diagram-search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    find(cy, search.value);
  });
  document.getElementById('diagram-show-all').addEventListener('click', () => {
    search.value = '';
    showAll(cy);
    cy.fit(undefined, 20);
  });
  document.querySelectorAll('[data-diagram]').forEach((button) => button.addEventListener('click', () => {
    const action = button.dataset.diagram;
    if (action === 'fit') {
      cy.fit(undefined, 20);
    } else {
      const factor = action === 'zoom-in' ? 1.25 : 0.8;
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
    }
  }));
  document.querySelectorAll('[data-select]').forEach((button) => button.addEventListener('click', () => {
    focus(cy, cy.getElementById(button.dataset.select));
    container.scrollIntoView({ block: 'nearest' });
  }));
  // From the start of the navigation to a drawn diagram, for the benchmark to read.
  container.dataset.drawnMs = String(Math.round(performance.now()));
  container.dataset.ready = 'true';
}

draw();
