package cn.perftarget.ui.component;

import cn.perftarget.domain.org.Organisation;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The filters a drill-down of the overview passes to a list as query parameters ({@code ?year=2020&department=442
 * &status=FISCAL_REVIEW}): each read as a value the list offers, or left out when it is not one (a hand-made address
 * sets no filter the user could not choose).
 */
public final class DrillDownParameters {

    private final Map<String, List<String>> params;

    public DrillDownParameters(Map<String, List<String>> params) {
        this.params = params;
    }

    /** The first value of a parameter, as written. */
    public Optional<String> text(String key) {
        List<String> values = params.getOrDefault(key, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A year (or another whole number); not a number: none. */
    public Optional<Integer> number(String key) {
        return text(key).flatMap(s -> {
            try {
                return Optional.of(Integer.parseInt(s.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** A constant of the enum by its name. */
    public <E extends Enum<E>> Optional<E> constant(String key, Class<E> type) {
        return text(key)
                .flatMap(name -> Arrays.stream(type.getEnumConstants())
                        .filter(c -> c.name().equals(name))
                        .findFirst());
    }

    /** The organisation of the offered ones whose code the parameter names. */
    public Optional<Organisation> organisation(String key, Collection<Organisation> offered) {
        return text(key)
                .flatMap(code ->
                        offered.stream().filter(o -> o.code().equals(code)).findFirst());
    }
}
