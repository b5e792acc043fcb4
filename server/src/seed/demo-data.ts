import type { Channel, TicketPriority, TicketType } from '@atiende/contracts';

/** Demo sign-in, printed at start-up and in the README. */
export const DEMO_PASSWORD = 'demo-atiende';
export const DEMO_ADMIN_EMAIL = 'ana.torres@andina.example';

export const DEMO_WORKSPACE = { name: 'Distribuidora Andina', slug: 'distribuidora-andina' };

export const DEMO_TEAMS = ['Soporte N1', 'Soporte N2'] as const;

export const DEMO_AGENTS = [
  { name: 'Ana Torres', email: DEMO_ADMIN_EMAIL, role: 'admin', teams: ['Soporte N1', 'Soporte N2'] },
  { name: 'Bruno Díaz', email: 'bruno.diaz@andina.example', role: 'supervisor', teams: ['Soporte N2'] },
  { name: 'Carla Rojas', email: 'carla.rojas@andina.example', role: 'agent', teams: ['Soporte N1'] },
] as const;

export const DEMO_COMPANIES = [
  { name: 'Ferretería El Tornillo', domain: 'eltornillo.example' },
  { name: 'Supermercados La Canasta', domain: 'lacanasta.example' },
  { name: 'Farmacias Vida', domain: 'farmaciasvida.example' },
  { name: 'Constructora Los Andes', domain: 'losandes.example' },
  { name: 'Panadería San José', domain: 'pansanjose.example' },
  { name: 'Textiles del Valle', domain: 'textilesvalle.example' },
  { name: 'Restaurante El Fogón', domain: 'elfogon.example' },
  { name: 'Librería Central', domain: 'libreriacentral.example' },
  { name: 'Clínica Santa María', domain: 'clinicasantamaria.example' },
  { name: 'Transportes Rápidos del Sur', domain: 'transrapidos.example' },
] as const;

/** Two contacts per company; the email domain links each to its company. */
export const DEMO_CONTACTS = [
  ['Jorge Ramírez', 'jorge.ramirez'],
  ['Lucía Fernández', 'lucia.fernandez'],
  ['Martín Gómez', 'martin.gomez'],
  ['Valentina Castro', 'valentina.castro'],
  ['Diego Herrera', 'diego.herrera'],
  ['Camila Morales', 'camila.morales'],
  ['Andrés Vargas', 'andres.vargas'],
  ['Sofía Mendoza', 'sofia.mendoza'],
  ['Felipe Rojas', 'felipe.rojas'],
  ['Daniela Ortiz', 'daniela.ortiz'],
  ['Ricardo Silva', 'ricardo.silva'],
  ['Paula Jiménez', 'paula.jimenez'],
  ['Tomás Aguilar', 'tomas.aguilar'],
  ['Mariana Ríos', 'mariana.rios'],
  ['Sebastián Cruz', 'sebastian.cruz'],
  ['Isabel Navarro', 'isabel.navarro'],
  ['Gabriel Peña', 'gabriel.pena'],
  ['Natalia Suárez', 'natalia.suarez'],
  ['Hernán Molina', 'hernan.molina'],
  ['Carolina Vega', 'carolina.vega'],
] as const;

export interface DemoScenario {
  subject: string;
  body: string;
  type: TicketType;
  priority: TicketPriority;
  channel: Channel;
  tags: string[];
  /** Agent's public reply, the customer's answer, and an internal note — used as the thread grows. */
  agentReply: string;
  customerReply: string;
  note: string;
}

export const DEMO_SCENARIOS: DemoScenario[] = [
  {
    subject: 'No puedo ingresar al portal de pedidos',
    body: 'Buenos días, desde ayer el portal me dice "usuario bloqueado" cuando intento ingresar. Necesito cargar el pedido de esta semana.',
    type: 'technical',
    priority: 'high',
    channel: 'email',
    tags: ['acceso', 'portal'],
    agentReply: 'Hola, desbloqueamos tu usuario. ¿Puedes intentar ingresar de nuevo y confirmarnos?',
    customerReply: 'Listo, ya pude entrar. ¡Muchas gracias!',
    note: 'El bloqueo vino de 5 intentos fallidos; sugerir restablecer la contraseña.',
  },
  {
    subject: 'Factura con valor incorrecto',
    body: 'La factura FE-20931 tiene un valor de IVA que no corresponde. Por favor revisar y enviar nota crédito.',
    type: 'billing',
    priority: 'normal',
    channel: 'email',
    tags: ['facturacion'],
    agentReply:
      'Gracias por avisar. Estamos revisando la factura con el área de cartera y te enviamos la nota crédito hoy.',
    customerReply: 'Quedo atento a la nota crédito.',
    note: 'Cartera confirma error en la tarifa de IVA aplicada al producto 4410.',
  },
  {
    subject: 'Pedido llegó incompleto',
    body: 'Recibimos el pedido 88213 pero faltan 3 cajas de tornillos de 2 pulgadas. ¿Cuándo las envían?',
    type: 'complaint',
    priority: 'high',
    channel: 'whatsapp',
    tags: ['logistica', 'pedido'],
    agentReply: 'Lamentamos lo ocurrido. Las 3 cajas salen mañana en la primera ruta sin costo adicional.',
    customerReply: 'Bueno, espero que esta vez llegue completo.',
    note: 'Bodega confirma error de alistamiento; escalar a logística si se repite.',
  },
  {
    subject: 'Capacitación para nuevos usuarios',
    body: 'Ingresaron dos personas nuevas al área de compras. ¿Podemos agendar una capacitación del portal?',
    type: 'onboarding',
    priority: 'low',
    channel: 'web',
    tags: ['capacitacion'],
    agentReply: 'Con gusto. ¿Les sirve el jueves a las 10:00 por videollamada?',
    customerReply: 'Perfecto, el jueves a las 10 nos queda bien.',
    note: 'Enviar invitación de calendario desde la cuenta de formación.',
  },
  {
    subject: 'Error al descargar el catálogo en PDF',
    body: 'Cuando intento descargar el catálogo aparece una página en blanco. Uso Chrome en Windows.',
    type: 'technical',
    priority: 'normal',
    channel: 'chat',
    tags: ['catalogo', 'portal'],
    agentReply: 'Gracias por el detalle. ¿Puedes probar en una ventana de incógnito mientras revisamos?',
    customerReply: 'En incógnito sí funciona.',
    note: 'Parece caché del navegador; documentar en la base de conocimiento.',
  },
  {
    subject: 'Solicitud de cambio de condiciones de pago',
    body: 'Queremos pasar de pago de contado a crédito a 30 días. ¿Qué documentos necesitan?',
    type: 'billing',
    priority: 'normal',
    channel: 'email',
    tags: ['credito', 'comercial'],
    agentReply:
      'Necesitamos el RUT actualizado, estados financieros del último año y una referencia comercial.',
    customerReply: 'Adjunto envío los documentos la próxima semana.',
    note: 'Pasar a comercial (Bruno) cuando lleguen los documentos.',
  },
  {
    subject: 'Producto llegó vencido',
    body: 'Dos unidades del lote L-5521 llegaron con fecha de vencimiento pasada. Esto es grave para nosotros.',
    type: 'complaint',
    priority: 'critical',
    channel: 'phone',
    tags: ['calidad', 'devolucion'],
    agentReply: 'Tienes toda la razón. Programamos la recogida hoy y reponemos el producto con lote vigente.',
    customerReply: 'Gracias por la rapidez.',
    note: 'Reportado a calidad; revisar todo el lote L-5521 en bodega.',
  },
  {
    subject: 'Sugerencia: pedidos recurrentes',
    body: 'Sería muy útil poder programar pedidos que se repitan cada semana automáticamente.',
    type: 'suggestion',
    priority: 'low',
    channel: 'web',
    tags: ['sugerencia', 'portal'],
    agentReply: '¡Gracias por la idea! La compartimos con el equipo de producto.',
    customerReply: 'Ojalá la implementen pronto.',
    note: 'Tercera solicitud de pedidos recurrentes este mes.',
  },
  {
    subject: 'Cambio de dirección de entrega',
    body: 'Nos trasladamos de sede. A partir del lunes la dirección de entrega es Calle 45 # 12-30.',
    type: 'onboarding',
    priority: 'normal',
    channel: 'email',
    tags: ['datos-maestros'],
    agentReply: 'Actualizamos la dirección de entrega. Los pedidos desde el lunes llegarán a la nueva sede.',
    customerReply: 'Perfecto, gracias.',
    note: 'Validar que la nueva dirección esté dentro de la ruta 7.',
  },
  {
    subject: 'La integración con nuestro ERP dejó de sincronizar',
    body: 'Desde las 6 a.m. los pedidos no se sincronizan con nuestro ERP. Tenemos 40 pedidos represados.',
    type: 'technical',
    priority: 'critical',
    channel: 'email',
    tags: ['integracion', 'api'],
    agentReply: 'Estamos investigando con el equipo técnico. Te actualizamos en menos de una hora.',
    customerReply: '¿Alguna novedad? Seguimos sin sincronizar.',
    note: 'El token de la integración expiró; pedir al cliente generar uno nuevo.',
  },
  {
    subject: 'Consulta sobre descuentos por volumen',
    body: '¿Tienen descuentos si compramos más de 500 unidades mensuales de la referencia 7730?',
    type: 'billing',
    priority: 'low',
    channel: 'chat',
    tags: ['comercial', 'precios'],
    agentReply: 'Sí, desde 500 unidades aplica un 8 % de descuento. Te envío la cotización.',
    customerReply: 'Excelente, espero la cotización.',
    note: 'Cliente con potencial de subir a categoría oro.',
  },
  {
    subject: 'Demora en la entrega del pedido 90122',
    body: 'El pedido debía llegar ayer y aún no tenemos noticias. ¿Me pueden dar el número de guía?',
    type: 'complaint',
    priority: 'high',
    channel: 'whatsapp',
    tags: ['logistica'],
    agentReply: 'La guía es TR-558120. La transportadora reporta entrega hoy antes de las 4 p.m.',
    customerReply: 'Llegó, gracias.',
    note: 'Transportadora con retrasos en la zona sur esta semana.',
  },
];

/** Custom statuses of the demo workspace, each inside a workflow category. */
export const DEMO_CUSTOM_STATUSES = [
  { key: 'review', category: 'open', name: 'En revisión técnica' },
  { key: 'bank', category: 'on_hold', name: 'Esperando al banco' },
  { key: 'supplier', category: 'on_hold', name: 'Esperando al proveedor' },
] as const;

/** Options of the "Módulo" dropdown: the part of the service a ticket is about. */
export const DEMO_MODULES = [
  { value: 'portal', label: 'Portal de pedidos' },
  { value: 'facturacion', label: 'Facturación' },
  { value: 'logistica', label: 'Logística y entregas' },
  { value: 'catalogo', label: 'Catálogo y precios' },
  { value: 'integraciones', label: 'Integraciones (ERP/API)' },
] as const;

/** The demo's custom fields; "Módulo" must be filled in before a ticket is solved. */
export const DEMO_CUSTOM_FIELDS = {
  order: { name: 'Número de pedido', kind: 'text' },
  module: { name: 'Módulo', kind: 'dropdown', requiredOnSolve: true },
  vip: { name: 'Cliente VIP', kind: 'checkbox' },
} as const;

/** Tickets that ended in the trash: a spam message and a customer's duplicate request. */
export const DEMO_TRASH = [
  {
    subject: '¡Felicidades! Ganaste un bono de $500.000',
    body: 'Haz clic en el enlace para reclamar tu premio antes de 24 horas. Oferta por tiempo limitado.',
    from: { email: 'premios@ofertas-ganadoras.example', name: 'Ofertas Ganadoras' },
    reason: 'spam',
  },
  {
    subject: 'No puedo ingresar al portal de pedidos',
    body: 'Reenvío mi solicitud: el portal me sigue diciendo "usuario bloqueado".',
    from: null,
    reason: 'duplicate',
  },
] as const;
