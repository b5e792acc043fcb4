import { describe, expect, it } from 'vitest';
import { composeSurveyEmail } from './survey-email';
import { parseSurveyForm } from './parse-survey-form';
import { surveyTexts } from './survey-texts';

const base = {
  timeZone: 'America/Sao_Paulo',
  ticket: { number: 42, subject: 'Nota fiscal <errada> & "duplicada"' },
  contactName: 'João Silva',
  surveyUrl: 'https://help.example/s/abc',
  expiresAt: new Date('2026-12-10T15:00:00Z'),
  signature: 'Suporte Andina',
};

describe('the invitation email', () => {
  it('speaks the customer’s language and escapes everything in the HTML part', () => {
    const mail = composeSurveyEmail({ ...base, locale: 'pt-BR', kinds: ['csat', 'nps'] });
    expect(mail.subject).toBe(
      'Como foi o nosso atendimento? Chamado #42: Nota fiscal <errada> & "duplicada"',
    );
    expect(mail.text).toContain('Olá João,');
    expect(mail.text).toContain('5 – Muito satisfeito: https://help.example/s/abc?csat=5');
    expect(mail.text).toContain('10 de dezembro de 2026');
    expect(mail.html).toContain('Nota fiscal &lt;errada&gt; &amp; &quot;duplicada&quot;');
    expect(mail.html).not.toContain('<errada>');
    expect(mail.html.match(/href="https:\/\/help\.example\/s\/abc\?csat=\d"/g)).toHaveLength(5);
  });

  it('offers only the plain link when CSAT is not asked', () => {
    const mail = composeSurveyEmail({ ...base, locale: 'en', kinds: ['nps'] });
    expect(mail.subject).toBe('How did we do? Ticket #42: Nota fiscal <errada> & "duplicada"');
    expect(mail.text).not.toContain('?csat=');
    expect(mail.text).toContain('https://help.example/s/abc');
  });
});

describe('reading a posted survey', () => {
  const t = surveyTexts('es');
  it('accepts skipped questions and trims the comment', () => {
    expect(parseSurveyForm({ csat: ' 4 ', nps: '', comment: '  Gracias \r\n' }, ['csat', 'nps'], t)).toEqual({
      ok: true,
      scores: { csat: 4 },
      comment: 'Gracias',
    });
  });
  it('names each bad field and ignores questions not asked', () => {
    const parsed = parseSurveyForm(
      { csat: ['4', '5'], ces: '3', nps: '11', comment: 'x'.repeat(2001) },
      ['csat', 'nps'],
      t,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors).sort()).toEqual(['comment', 'csat', 'nps']);
    expect(parsed.scores).toEqual({});
  });
});
