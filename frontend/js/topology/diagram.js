// Draws an environment's topology with Cytoscape.js. The server sends the elements; the
// fCoSE layout places them, keeping hosts and components inside their cluster and site.
const container = document.getElementById('diagram');
const selection = document.getElementById('diagram-selection');

const colours = {
  'management-server': '#1f6feb',
  'license-server': '#8250df',
  'web-access': '#0a7e8c',
  database: '#bf3989',
  application: '#2da44e',
  capability: '#d4a72c',
};

const style = [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-wrap': 'ellipsis', 'text-max-width': 140 } },
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
  for (const [name, value] of [['Kind', node.data('kind')], ['Runs', node.data('placement')], ['Tier', node.data('tier')]]) {
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

async function draw() {
  const response = await fetch(container.dataset.elements, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    selection.textContent = 'The diagram could not be loaded; the list below has the same information.';
    return;
  }
  window.cytoscape.use(window.cytoscapeFcose);
  const cy = window.cytoscape({
    container,
    elements: await response.json(),
    style,
    wheelSensitivity: 0.3,
    layout: {
      name: 'fcose', quality: 'proof', animate: false, randomize: true, numIter: 5000, nodeDimensionsIncludeLabels: true,
      packComponents: true, nodeRepulsion: 9000, idealEdgeLength: 90, edgeElasticity: 0.2, nestingFactor: 0.1, gravityCompound: 1.5, tilingPaddingVertical: 12,
      tilingPaddingHorizontal: 12, padding: 20,
    },
  });
  cy.on('tap', 'node', (event) => describe(event.target));
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
    const node = cy.getElementById(button.dataset.select);
    cy.elements().unselect();
    node.select();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 200 });
    describe(node);
    container.scrollIntoView({ block: 'nearest' });
  }));
  container.dataset.ready = 'true';
}

draw();
