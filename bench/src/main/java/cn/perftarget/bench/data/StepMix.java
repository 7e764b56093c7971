package cn.perftarget.bench.data;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * How the generated tables spread over the steps. A share of them belongs to the current budget round (this fiscal
 * year), spread over every step, with real process instances; the rest to the previous round, approved before the
 * system went live and taken over then with their 批复 versions ({@link RoundStep#TAKEN_OVER}).
 */
record StepMix(double currentRoundShare, Map<RoundStep, Double> currentRound) {

    /** 60 % current round (30 % drafts, 20 % department review, 20 % fiscal review, 10 % returned, 20 % approved). */
    static StepMix standard() {
        Map<RoundStep, Double> current = new EnumMap<>(RoundStep.class);
        current.put(RoundStep.DRAFT, 0.30);
        current.put(RoundStep.DEPARTMENT_REVIEW, 0.20);
        current.put(RoundStep.FISCAL_REVIEW, 0.20);
        current.put(RoundStep.RETURNED, 0.10);
        current.put(RoundStep.APPROVED, 0.20);
        return new StepMix(0.6, current);
    }

    StepMix {
        double sum =
                currentRound.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw new IllegalArgumentException("the shares of the current round must add up to 1");
        }
        currentRound = Map.copyOf(currentRound);
    }

    boolean inCurrentRound(Random random) {
        return random.nextDouble() < currentRoundShare;
    }

    RoundStep currentRoundStep(Random random) {
        double r = random.nextDouble();
        double sum = 0;
        RoundStep last = RoundStep.DRAFT;
        for (RoundStep step : RoundStep.values()) {
            Double share = currentRound.get(step);
            if (share == null) {
                continue;
            }
            sum += share;
            last = step;
            if (r < sum) {
                return step;
            }
        }
        return last;
    }
}
