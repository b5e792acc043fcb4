import { adjectiveList, nounList, wordList, type LanguagePack } from './language';

/** Latin-American Spanish, as customers and agents write it in a help desk. */
export const SPANISH: LanguagePack = {
  code: 'es',
  articles: { m: 'el', f: 'la' },
  words: wordList(`
    de la que el en y a los se no por un con las una para es mi del me lo al pero como ya le más
    está o este si hay cuando también muy sin porque esta todo nos desde hasta hoy ayer sistema
    cuenta factura pedido pago error favor ahora solo otra vez día días semana mes momento nada
    sigue tengo puedo hice necesito quiero aparece dice sale llegó recibí intenté funciona problema
    correo cliente servicio número mensaje aplicación página usuario contraseña acceso tarjeta cobro
    envío dirección producto compra orden valor precio plan equipo empresa área soporte ayuda
    respuesta caso solicitud información datos archivo reporte informe forma manera parte tiempo
    fecha hora semanas meses antes después luego entonces además igual todavía nuevamente realmente
    urgente importante correcto incorrecto pendiente mismo misma otro cada algún ningún varios mucho
    poco bien mal gracias saludos cordial atentamente buenas tardes noches revisar verificar
    confirmar enviar cambiar actualizar cancelar solucionar esperar llamar escribir ingresar
    descargar adjunto captura pantalla navegador celular computador versión configuración opción
    botón menú sesión clave código enlace link banco transferencia saldo débito crédito cuota
    descuento devolución reembolso garantía bodega sucursal tienda transportadora guía seguimiento
    entrega
  `),
  nouns: nounList(`
    factura/f | pedido/m | pago/m | contraseña/f | cuenta/f | envío/m | cobro/m | acceso/m |
    tarjeta/f | suscripción/f | aplicación/f | reembolso/m | devolución/f | entrega/f | producto/m |
    plan/m | usuario/m | correo/m | certificado/m | reporte/m | integración/f | sincronización/f |
    descuento/m | garantía/f | dirección/f | orden de compra/f | nota crédito/f |
    factura electrónica/f | clave/f | sesión/f | página/f | transferencia/f | cotización/f |
    contrato/m | renovación/f | cancelación/f | migración/f | exportación/f | importación/f |
    inventario/m | despacho/m | guía de envío/f | código de verificación/m | token/m | permiso/m |
    perfil/m | registro/m | saldo/m | extracto/m | cupón/m | precio/m | impuesto/m | retención/f |
    webhook/m | API/f | informe mensual/m | archivo/m | documento/m | formulario/m | carrito/m |
    checkout/m | cuota/f | mensualidad/f | licencia/f | dispositivo/m | impresora/f | datáfono/m |
    lector/m | sucursal/f | bodega/f | paquete/m | caja/f | chat/m | notificación/f | alerta/f |
    firma/f | resolución/f
  `),
  adjectives: adjectiveList(`
    duplicado/duplicada | pendiente | bloqueado/bloqueada | incorrecto/incorrecta |
    retrasado/retrasada | rechazado/rechazada | vencido/vencida | cancelado/cancelada |
    incompleto/incompleta | dañado/dañada | urgente | nuevo/nueva | anterior | mensual | anual |
    caído/caída | lento/lenta | perdido/perdida | equivocado/equivocada | no recibido/no recibida |
    sin respuesta | suspendido/suspendida | expirado/expirada | fallido/fallida |
    extraviado/extraviada | repetido/repetida
  `),
  verbs: wordList(`
    ingresar pagar descargar actualizar cambiar cancelar recuperar restablecer enviar confirmar
    activar generar emitir anular corregir exportar importar sincronizar configurar registrar
    renovar modificar eliminar agregar validar imprimir rastrear reprogramar facturar
  `),
  subjectTemplates: [
    'No puedo {verb} {the_noun}',
    'Problema con {the_noun}',
    '{noun} {adj}',
    'Error al {verb} {the_noun}',
    'Consulta sobre {the_noun} {adj}',
    'Solicitud de {noun}',
    'Pedido #{num} {adj}',
    '¿Cómo {verb} {the_noun}?',
    'Urgente: {noun} {adj}',
    'RE: {noun} {adj}',
    'Factura {num} {adj}',
    'Ayuda para {verb} {the_noun}',
    '{noun} {adj} desde ayer',
    'No me llega {the_noun}',
    'Reclamo por {noun} {adj}',
    'Tengo {the_noun} {adj}',
    'Cambio de {noun}',
    'Necesito {verb} {the_noun} del pedido {num}',
  ],
  customerSentences: [
    'Desde ayer no puedo {verb} {the_noun} y me aparece un error.',
    'Les escribo porque {the_noun} del pedido {num} está {adj}.',
    'Ya intenté {verb} {the_noun} varias veces pero sigue igual.',
    'Necesito que me ayuden a {verb} {the_noun} lo antes posible.',
    'Me llegó {the_noun} {adj} y no entiendo por qué.',
    'El sistema dice que {the_noun} está {adj}, pero ya hice el pago.',
    'Adjunto una captura de pantalla del error.',
    'Esto nos está afectando la operación de la tienda.',
    '¿Me pueden confirmar cuándo queda solucionado?',
    'Es la segunda vez que pasa este mes.',
    'Por favor revisar {the_noun} número {num}.',
    'No he recibido respuesta del caso anterior.',
  ],
  agentSentences: [
    'Gracias por escribirnos, ya estamos revisando {the_noun}.',
    'Revisé {the_noun} {num} y efectivamente aparece {adj}.',
    'Para {verb} {the_noun} debes ir a Configuración y luego a la opción correspondiente.',
    'Ya solicitamos al área encargada {verb} {the_noun}; te avisamos apenas tengamos respuesta.',
    '¿Nos puedes enviar una captura de pantalla del mensaje de error?',
    'Te confirmo que {the_noun} ya quedó corregido.',
    'El reembolso puede tardar entre 5 y 10 días hábiles según tu banco.',
    'Si el problema persiste, por favor responde a este correo.',
    'Escalamos tu caso al equipo técnico con prioridad alta.',
  ],
  noteSentences: [
    'Cliente recurrente, revisar historial antes de responder.',
    'Escalado a nivel 2, esperando respuesta de {agent}.',
    'Confirmado con facturación: {the_noun} {num} quedó {adj}.',
    'Posible duplicado del ticket anterior del mismo cliente.',
  ],
  chatLines: [
    'hola, no puedo {verb} {the_noun}',
    'me sale error otra vez',
    'ya lo intenté y nada',
    'el pedido {num} sigue {adj}',
    'ok gracias',
    'perfecto, ya funcionó',
    'me pueden ayudar?',
    'cuánto se demora?',
    'buenas, tengo {the_noun} {adj}',
  ],
  customerGreetings: [
    'Hola,',
    'Buenos días,',
    'Buenas tardes,',
    'Buen día,',
    'Señores soporte,',
    'Hola equipo,',
  ],
  customerClosings: [
    'Gracias.',
    'Quedo atento.',
    'Quedo atenta a su respuesta.',
    'Saludos.',
    'Muchas gracias.',
    'Cordialmente,',
  ],
  agentGreetings: [
    'Hola {name},',
    'Buen día {name},',
    'Hola {name}, gracias por contactarnos.',
    'Estimado/a {name},',
  ],
  agentClosings: [
    'Quedamos atentos.',
    'Saludos,\n{agent}',
    'Un saludo,\n{agent} · Soporte',
    '¡Que tengas buen día!',
  ],
  firstNames: wordList(`
    María José Juan Ana Luis Carlos Laura Andrés Sofía Diego Valentina Camila Jorge Daniela
    Alejandro Paula Santiago Natalia Felipe Carolina Miguel Gabriela Sebastián Isabella Javier Lucía
    Ricardo Fernanda Manuel Adriana Pedro Mariana Fernando Juliana Héctor Claudia Óscar Patricia
    Raúl Marcela
  `),
  lastNames: wordList(`
    García Rodríguez Martínez López González Hernández Pérez Sánchez Ramírez Torres Flores Rivera
    Gómez Díaz Vargas Castro Romero Jiménez Moreno Rojas Ortiz Silva Mendoza Cruz Morales Reyes
    Gutiérrez Ruiz Álvarez Muñoz Castillo Vásquez Guerrero Ospina Restrepo Cárdenas Salazar Quintero
    Mejía Zapata
  `),
};
