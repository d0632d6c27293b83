package org.amnok.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.Precision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceTest {

    @ParameterizedTest(name = "{0} vs {1} ({2}): {3}")
    @CsvSource(delimiter = '|', value = {
        "Kunming,Yunnan,CN,city        | Kunming,Yunnan,CN,city        | ARREST       | PLACE_SAME",
        "kunming,yunnan,CN,city        | Kunming,Yunnan,CN,city        | ARREST       | PLACE_SAME",
        "Amnok River,,,border          | Yalu River,,,border           | CROSSING     | PLACE_SAME",
        ",Liaoning,CN,province         | Dandong,Liaoning,CN,city      | DETENTION    | PLACE_INSIDE",
        "Jilin,Jilin,CN,province       | Tumen,Jilin,CN,city           | ARREST       | PLACE_INSIDE",
        ",Jilin,CN,province            | ,Jilin,CN,province            | ARREST       | PLACE_INSIDE",
        "China-North Korea border,,,border | Dandong,Liaoning,CN,city  | ARREST       | PLACE_NEAR_BORDER",
        "China-North Korea border,,,border | Kunming,Yunnan,CN,city    | ARREST       | PLACE_NEAR_BORDER",
        ",,KP,border                   | ,,CN,border                   | MEASURE      | PLACE_NEAR_BORDER",
        "Yalu River,,,border           | Tumen River,,,border          | CROSSING     | PLACES_DIFFER",
        ",,CN,country                  | Changbai,Jilin,CN,county      | REPATRIATION | PLACE_SAME_COUNTRY",
        ",,CN,                         | ,,CN,country                  | ARREST       | PLACE_SAME_COUNTRY",
        ",,,                           | Shenyang,Liaoning,CN,city     | ARREST       | PLACE_UNKNOWN",
        "Dandong,Liaoning,CN,city      | Sinuiju,North Pyongan,KP,city | REPATRIATION | PLACE_CROSS_BORDER",
        "Dandong,Liaoning,CN,city      | Sinuiju,North Pyongan,KP,city | ARREST       | PLACES_DIFFER",
        "Shenyang,Liaoning,CN,city     | Dandong,Liaoning,CN,city      | ARREST       | PLACES_DIFFER",
        "Shenyang,Liaoning,CN,city     | ,Jilin,CN,province            | ARREST       | PLACES_DIFFER",
        ",Liaoning,CN,province         | ,Jilin,CN,province            | ARREST       | PLACES_DIFFER",
        ",,LA,country                  | ,,CN,country                  | ARREST       | PLACES_DIFFER",
    })
    void placesAgreeWhenEqualNestedOrNearTheBorder(String a, String b, IncidentType type, Rule expected) {
        Place x = Place.of(location(a));
        Place y = Place.of(location(b));
        assertThat(x.compare(y, type)).isEqualTo(expected);
        assertThat(y.compare(x, type)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}: disputable {2}")
    @CsvSource(delimiter = '|', value = {
        "Seoul,Seoul,KR,city           | Kunming,Yunnan,CN,city        | true",
        "Liaoning,Liaoning,CN,province | Kunming,Yunnan,CN,city        | true",
        ",Jilin,CN,province            | Shenyang,Liaoning,CN,city     | true",
        ",,LA,country                  | ,,CN,country                  | true",
        "Shenyang,Liaoning,CN,city     | Dandong,Liaoning,CN,city      | false",
        "Kunming,Yunnan,CN,city        | Dali,Yunnan,CN,city           | false",
        "Yalu River,,,border           | Tumen River,,,border          | false",
    })
    void differingPlacesAreDisputableOnlyWhereExtractionNoiseExplainsThem(String a, String b, boolean expected) {
        Place x = Place.of(location(a));
        Place y = Place.of(location(b));
        assertThat(x.disputable(y)).isEqualTo(expected);
        assertThat(y.disputable(x)).isEqualTo(expected);
    }

    /** "place,admin1,country,precision", empty fields unknown. */
    private static Location location(String spec) {
        String[] f = (spec.trim() + " ").split(",", -1);
        String precision = f[3].trim();
        return new Location(blank(f[0]), blank(f[1]), blank(f[2]),
                precision.isEmpty() ? null : Precision.fromJson(precision), null, null, null);
    }

    private static String blank(String s) {
        return s.isBlank() ? null : s.trim();
    }
}
