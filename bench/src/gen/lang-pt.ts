import { adjectiveList, nounList, wordList, type LanguagePack } from './language';

/** Brazilian Portuguese. */
export const PORTUGUESE: LanguagePack = {
  code: 'pt-BR',
  articles: { m: 'o', f: 'a' },
  words: wordList(`
    de a o que e do da em um para com não uma os no se na por mais as dos como mas ao ele das meu
    minha já está foi quando muito nos também só pelo pela até isso hoje ontem sistema conta fatura
    pedido pagamento erro favor agora outra vez dia dias semana mês momento nada continua tenho
    consigo fiz preciso quero aparece diz chegou recebi tentei funciona problema email cliente
    serviço número mensagem aplicativo página usuário senha acesso cartão cobrança entrega endereço
    produto compra valor preço plano equipe empresa suporte ajuda resposta caso solicitação
    informação dados arquivo relatório forma parte tempo data hora antes depois então ainda
    novamente urgente importante correto pendente mesmo cada algum nenhum bem obrigado obrigada
    abraço atenciosamente verificar confirmar enviar alterar atualizar cancelar resolver aguardar
    ligar entrar baixar anexo print tela navegador celular versão configuração opção botão sessão
    código link banco boleto pix saldo parcela desconto reembolso garantia loja transportadora
    rastreio nota fiscal
  `),
  nouns: nounList(`
    fatura/f | pedido/m | pagamento/m | senha/f | conta/f | entrega/f | cobrança/f | acesso/m |
    cartão/m | assinatura/f | aplicativo/m | reembolso/m | devolução/f | produto/m | plano/m |
    boleto/m | nota fiscal/f | pix/m | usuário/m | email/m | relatório/m | integração/f | desconto/m |
    garantia/f | endereço/m | cadastro/m | sessão/f | página/f | contrato/m | renovação/f |
    cancelamento/m | estoque/m | rastreio/m | código de verificação/m | token/m | permissão/f |
    perfil/m | saldo/m | cupom/m | parcela/f | licença/f | arquivo/m
  `),
  adjectives: adjectiveList(`
    duplicado/duplicada | pendente | bloqueado/bloqueada | incorreto/incorreta | atrasado/atrasada |
    recusado/recusada | vencido/vencida | cancelado/cancelada | incompleto/incompleta |
    danificado/danificada | urgente | novo/nova | lento/lenta | perdido/perdida | errado/errada |
    não recebido/não recebida | suspenso/suspensa | expirado/expirada
  `),
  verbs: wordList(`
    acessar pagar baixar atualizar alterar cancelar recuperar redefinir enviar confirmar ativar
    gerar emitir corrigir exportar importar sincronizar configurar cadastrar renovar excluir
    rastrear
  `),
  subjectTemplates: [
    'Não consigo {verb} {the_noun}',
    'Problema com {the_noun}',
    '{noun} {adj}',
    'Erro ao {verb} {the_noun}',
    'Dúvida sobre {the_noun} {adj}',
    'Pedido #{num} {adj}',
    'Como {verb} {the_noun}?',
    'Urgente: {noun} {adj}',
    'RE: {noun} {adj}',
    'Ajuda para {verb} {the_noun}',
    'Reclamação: {noun} {adj}',
  ],
  customerSentences: [
    'Desde ontem não consigo {verb} {the_noun} e aparece um erro.',
    'Estou escrevendo porque {the_noun} do pedido {num} está {adj}.',
    'Já tentei {verb} {the_noun} várias vezes mas continua igual.',
    'Preciso de ajuda para {verb} {the_noun} o quanto antes.',
    'Recebi {the_noun} {adj} e não entendi o motivo.',
    'Segue em anexo o print da tela.',
    'Isso está atrapalhando o nosso trabalho.',
    'Vocês podem confirmar quando será resolvido?',
  ],
  agentSentences: [
    'Obrigado pelo contato, já estamos verificando {the_noun}.',
    'Verifiquei {the_noun} {num} e realmente está {adj}.',
    'Para {verb} {the_noun} acesse Configurações e depois a opção correspondente.',
    'Você pode nos enviar um print da mensagem de erro?',
    'Confirmo que {the_noun} já foi corrigido.',
    'O reembolso pode levar de 5 a 10 dias úteis.',
  ],
  noteSentences: ['Cliente recorrente, verificar histórico.', 'Escalado para o nível 2, aguardando {agent}.'],
  chatLines: [
    'oi, não consigo {verb} {the_noun}',
    'deu erro de novo',
    'o pedido {num} continua {adj}',
    'ok obrigado',
    'funcionou, valeu',
  ],
  customerGreetings: ['Olá,', 'Bom dia,', 'Boa tarde,', 'Prezados,', 'Oi pessoal,'],
  customerClosings: ['Obrigado.', 'Aguardo retorno.', 'Abraço.', 'Atenciosamente,'],
  agentGreetings: ['Olá {name},', 'Oi {name}, tudo bem?', 'Bom dia {name},'],
  agentClosings: ['Ficamos à disposição.', 'Abraço,\n{agent}', 'Atenciosamente,\n{agent} · Suporte'],
  firstNames: wordList(`
    João Maria Pedro Ana Lucas Juliana Gabriel Fernanda Rafael Beatriz Thiago Camila Bruno Larissa
    Felipe Mariana Gustavo Letícia Rodrigo Patrícia
  `),
  lastNames: wordList(`
    Silva Santos Oliveira Souza Lima Pereira Costa Ferreira Almeida Ribeiro Carvalho Gomes Martins
    Araújo Barbosa Rocha Dias Nascimento
  `),
};
