package com.scudo.identity.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A shop of generated customers with known duplicates, for the accuracy test and the benchmark. Each person may
 * come back as a second record the way real duplicates arise: the e-mail typed in another case, a guest checkout
 * with another address but the same phone written differently, a typo in the name with the same city, the same
 * e-mail user name at another provider. Hard negatives are generated too: spouses sharing a phone line and a
 * surname, and the namesakes that a small name pool makes by itself.
 */
public final class GeneratedShop {
    private static final String[] FIRST = ("james mary john patricia robert jennifer michael linda william elizabeth "
            + "david barbara richard susan joseph jessica thomas sarah charles karen christopher nancy daniel lisa "
            + "matthew betty anthony margaret mark sandra donald ashley steven kimberly paul emily andrew donna joshua "
            + "michelle kenneth dorothy kevin carol brian amanda george melissa timothy deborah ronald stephanie edward "
            + "rebecca jason sharon jeffrey laura ryan cynthia jacob kathleen gary amy nicholas angela eric shirley "
            + "jonathan anna stephen brenda larry pamela justin emma scott nicole brandon helen benjamin samantha "
            + "samuel katherine gregory christine alexander debra frank rachel patrick carolyn raymond janet jack "
            + "catherine dennis maria jerry heather tyler diane aaron ruth jose julie adam olivia nathan joyce henry "
            + "virginia douglas victoria zachary kelly peter lauren kyle christina noah joan ethan evelyn jeremy judith "
            + "walter megan christian andrea keith cheryl roger hannah terry jacqueline austin martha sean gloria "
            + "gerald teresa carl ann harold sara dylan madison arthur frances lawrence kathryn jordan janice jesse "
            + "jean bryan abigail billy alice bruce judy gabriel sophia joe grace logan denise albert amber willie "
            + "doris alan marilyn juan danielle wayne beverly elijah isabella randy theresa roy diana vincent natalie "
            + "ralph brittany eugene charlotte russell marie bobby kayla mason alexis philip lori louis").split(" ");
    private static final String[] LAST = ("smith johnson williams brown jones garcia miller davis rodriguez martinez "
            + "hernandez lopez gonzalez wilson anderson thomas taylor moore jackson martin lee perez thompson white "
            + "harris sanchez clark ramirez lewis robinson walker young allen king wright scott torres nguyen hill "
            + "flores green adams nelson baker hall rivera campbell mitchell carter roberts gomez phillips evans turner "
            + "diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers gutierrez ortiz morgan "
            + "cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez wood james "
            + "bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez "
            + "powell jenkins perry russell sullivan bell coleman butler henderson barnes gonzales fisher vasquez "
            + "simmons romero jordan patterson alexander hamilton graham reynolds griffin wallace moreno west cole "
            + "hayes bryant herrera gibson ellis tran medina aguilar stevens murray ford castro marshall owens "
            + "harrison fernandez mcdonald woods washington kennedy wells vargas henry chen freeman webb tucker guzman "
            + "burns crawford olson simpson porter hunter gordon mendez silva shaw snyder mason dixon munoz hunt hicks "
            + "holmes palmer wagner black robertson boyd rose stone salazar fox warren mills meyer rice schmidt "
            + "garza daniels ferguson nichols stephens soto weaver ryan gardner payne grant dunn kelley spencer hawkins "
            + "arnold pierce vazquez hansen peters santos hart bradley knight elliott cunningham duncan armstrong "
            + "hudson carroll lane riley andrews alvarado ray delgado berry perkins hoffman johnston matthews pena "
            + "richards contreras willis carpenter lawrence sandoval guerrero george chapman rios estrada ortega "
            + "watkins greene nunez wheeler valdez harper burke larson santiago maldonado morrison franklin carlson "
            + "austin dominguez carr lawson jacobs obrien lynch singh vega bishop montgomery oliver jensen harvey "
            + "williamson gilbert dean sims espinoza howell li wong reid hanson le mccoy garrett burton fuller wang "
            + "weber welch rojas lucas marquez fields park yang little banks padilla day walsh bowman schultz luna "
            + "fowler mejia davidson acosta brewer may holland juarez newman pearson curtis cortez douglas schneider "
            + "joseph barrett navarro figueroa keller avila wade molina stanley hopkins campos barnett bates chambers "
            + "caldwell beck lambert miranda byrd craig ayala lowe frazier powers neal leonard gregory carrillo "
            + "sutton fleming rhodes shelton schwartz norris jennings watts duran walters cohen mcdaniel moran parks "
            + "steele vaughn becker holt deleon barker terry hale leon hail benson haynes horton miles lyons pham "
            + "graves bush thornton wolfe warner cabrera mckinney mann zimmerman dawson lara fletcher page mccarthy "
            + "love robles cervantes solis erickson reeves chang klein salinas fuentes baldwin daniel simon velasquez "
            + "hardy higgins aguirre lin cummings chandler sharp barber bowen ochoa dennis robbins liu ramsey francis "
            + "griffith paul blair oconnor cardenas pacheco cross calderon quinn moss swanson chan rivas khan "
            + "rodgers serrano fitzgerald rosales stevenson christensen manning gill curry mclaughlin harmon mcgee "
            + "gross doyle garner newton burgess reese walton blake trujillo adkins brady goodman roman webster "
            + "goodwin fischer huang potter delacruz montoya todd wu hines mullins castaneda malone cannon tate mack "
            + "sherman hubbard hodges zhang guerra wolf valencia saunders franco rowe gallagher farmer hammond "
            + "hampton townsend ingram wise gallegos clarke barton schroeder maxwell waters logan camacho strickland "
            + "norman person colon parsons frank harrington glover osborne buchanan casey floyd patton ibarra ball "
            + "tyler suarez bowers orozco salas cobb gibbs andrade bauer conner moody escobar mcguire lloyd mueller "
            + "hartman french kramer mcbride pope lindsey velazquez norton mccormick sparks flynn yates hogan marsh "
            + "macias villanueva zamora pratt stokes owen ballard lang brock villarreal charles drake barrera cain "
            + "patrick pineda burnett mercado santana shepherd bautista ali shaffer lamb trevino mckenzie hess beil "
            + "olsen cochran morton nash wilkins petersen briggs shah roth nicholson holloway lozano rangel flowers "
            + "hoover short arias mora valenzuela bryan meyers weiss underwood bass greer summers houston carson").split(" ");
    /** Towns per country; a phone number is written in the country's national format. */
    private static final String[][] CITIES = {
            {"GB", "London", "Manchester", "Leeds", "Bristol", "Liverpool", "Sheffield", "Glasgow", "Edinburgh", "Cardiff",
                    "Belfast", "Leicester", "Nottingham", "York", "Bath", "Oxford", "Cambridge"},
            {"US", "New York", "Chicago", "Austin", "Seattle", "Boston", "Denver", "Portland", "Atlanta", "Miami",
                    "Phoenix", "Dallas", "Houston", "San Diego", "Detroit", "Columbus", "Memphis"},
            {"DE", "Berlin", "Munich", "Hamburg", "Cologne", "Frankfurt", "Stuttgart", "Leipzig", "Dresden"},
            {"FR", "Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Nantes", "Lille", "Bordeaux"}};
    private static final String[] DOMAINS = {"example.com", "mail.example", "post.example", "inbox.example"};

    /** A generated record and the person it belongs to. */
    public record Row(MatchRecord record, int person) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Set<String> truePairs = new HashSet<>();

    private GeneratedShop() {
    }

    /**
     * {@code persons} people; {@code duplicateShare} of them get a second record, {@code householdShare} a
     * spouse sharing their phone and surname.
     */
    public static GeneratedShop generate(int persons, double duplicateShare, double householdShare, long seed) {
        GeneratedShop shop = new GeneratedShop();
        Random random = new Random(seed);
        int next = 0;
        for (int p = 0; p < persons; p++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String[] country = CITIES[random.nextInt(CITIES.length)];
            String[] city = {country[1 + random.nextInt(country.length - 1)], country[0]};
            String phone = random.nextDouble() < 0.7 ? phone(city, random) : null;
            String user = first + "." + last + p;
            String email = user + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
            String id = "c" + next++;
            shop.rows.add(new Row(new MatchRecord(id, cap(first) + " " + cap(last), email, phone, city[0], city[1],
                    List.of()), p));
            if (random.nextDouble() < duplicateShare) {
                String dupId = "c" + next++;
                String dupEmail = "guest" + p + "x" + random.nextInt(1000) + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
                MatchRecord dup = switch (random.nextInt(5)) {
                    case 0 -> new MatchRecord(dupId, (first + " " + last).toUpperCase(Locale.ROOT),
                            "  " + email.toUpperCase(Locale.ROOT) + " ", null, null, null, List.of());
                    case 1 -> new MatchRecord(dupId, cap(last) + ", " + cap(first), dupEmail,
                            phone == null ? phone(city, random) : international(phone, city[1]), city[0], city[1], List.of());
                    case 2 -> new MatchRecord(dupId, cap(typo(first, random)) + " " + cap(last), dupEmail, null, city[0],
                            city[1], List.of());
                    case 3 -> new MatchRecord(dupId, cap(first) + " " + cap(typo(last, random)), user + "@"
                            + DOMAINS[(indexOf(email) + 1) % DOMAINS.length], null, null, null, List.of());
                    default -> new MatchRecord(dupId, cap(first) + " " + cap(last), dupEmail, null, null, null,
                            List.of("shopify:" + p));
                };
                if (dup.externalIds().contains("shopify:" + p)) {
                    Row original = shop.rows.get(shop.rows.size() - 1);
                    MatchRecord o = original.record();
                    shop.rows.set(shop.rows.size() - 1, new Row(new MatchRecord(o.id(), o.name(), o.email(), o.phone(),
                            o.city(), o.country(), List.of("shopify:" + p)), p));
                }
                if (dup.phone() != null && phone == null) {
                    // No phone to repeat: the guest gave the same name and city instead.
                    dup = new MatchRecord(dupId, cap(first) + " " + cap(last), dupEmail, null, city[0], city[1], List.of());
                }
                shop.rows.add(new Row(dup, p));
                shop.truePairs.add(pair(id, dupId));
            }
            if (phone != null && random.nextDouble() < householdShare) {
                String spouse;
                do {
                    spouse = FIRST[random.nextInt(FIRST.length)];
                } while (spouse.equals(first));
                shop.rows.add(new Row(new MatchRecord("c" + next++, cap(spouse) + " " + cap(last),
                        spouse + "." + last + p + "@" + DOMAINS[random.nextInt(DOMAINS.length)], phone, city[0], city[1],
                        List.of()), persons + p));
            }
        }
        return shop;
    }

    public List<MatchRecord> records() {
        return rows.stream().map(Row::record).toList();
    }

    public List<Row> rows() {
        return rows;
    }

    /** "a|b" with a < b, for each pair of records of one person. */
    public Set<String> truePairs() {
        return truePairs;
    }

    public static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static int indexOf(String email) {
        String domain = email.substring(email.indexOf('@') + 1);
        for (int i = 0; i < DOMAINS.length; i++) {
            if (DOMAINS[i].equals(domain)) {
                return i;
            }
        }
        return 0;
    }

    private static String phone(String[] city, Random random) {
        return switch (city[1]) {
            case "GB" -> String.format("020 7%03d %04d", random.nextInt(1000), random.nextInt(10_000));
            case "US" -> String.format("(212) %03d-%04d", 200 + random.nextInt(800), random.nextInt(10_000));
            case "DE" -> String.format("030 %04d%04d", 2000 + random.nextInt(8000), random.nextInt(10_000));
            default -> String.format("01 %02d %02d %02d %02d", 40 + random.nextInt(50), random.nextInt(100),
                    random.nextInt(100), random.nextInt(100));
        };
    }

    /** The same number as a guest types it: with the country code, without the trunk zero. */
    private static String international(String national, String country) {
        String digits = national.replaceAll("\\D", "");
        return switch (country) {
            case "GB" -> "+44 " + digits.substring(1);
            case "DE" -> "+49 " + digits.substring(1);
            case "FR" -> "+33 " + digits.substring(1);
            default -> "+1 " + digits;
        };
    }

    /** One slip of the keyboard: two letters swapped, or one dropped. */
    private static String typo(String word, Random random) {
        if (word.length() < 4) {
            return word + word.charAt(word.length() - 1);
        }
        int at = 1 + random.nextInt(word.length() - 2);
        if (random.nextBoolean()) {
            return word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        }
        return word.substring(0, at) + word.substring(at + 1);
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
