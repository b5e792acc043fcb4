import type { SurveyKind } from '@atiende/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { scaleMax, scoreTone, TONE_COLOR } from './survey-scores';

/**
 * One survey answer's score as a coloured badge that also says what the score means
 * ("4/5 · Satisfecho"), so the colour is never the only signal; screen readers get the kind too.
 */
export function ScoreChip({ kind, score }: { kind: SurveyKind; score: number }) {
  const { t } = useTranslation();
  const tone = scoreTone(kind, score);
  const max = scaleMax(kind);
  const toneLabel = t(`surveys.tones.${kind}.${tone}`);
  return (
    <Badge
      color={TONE_COLOR[tone]}
      variant="light"
      radius="sm"
      tt="none"
      data-tone={tone}
      aria-label={t('surveys.score.full', { kind: t(`surveys.kinds.${kind}`), score, max, tone: toneLabel })}
    >
      {t('surveys.score.short', { score, max, tone: toneLabel })}
    </Badge>
  );
}
