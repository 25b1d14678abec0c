package io.recoverydesk.demo;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A seeded, deterministic generator of realistic Chinese collection portfolios: names,
 * valid mainland mobile numbers and resident ids, provinces and cities, four products
 * with skewed balances, DPD 1–720, and some debtors with several accounts. The same seed
 * and as-of date always give the same rows. Memory stays bounded whatever the size.
 * <p>
 * A few debtors prefer another language than the usual Mandarin (the last column,
 * {@code language}, blank for the rest): about 3 % of those in 广东省 Cantonese
 * ({@code yue}) and about 1 % of all English ({@code en}). These draws come from a second
 * random sequence derived from the seed, so the other columns are the same as before the
 * language column existed.
 */
public final class PortfolioGenerator {

    /** The demo creditors: code, name, product, share of accounts in percent. */
    public record CreditorProfile(String code, String name, String product, int sharePercent, long medianBalanceCents,
            double sigma) {
    }

    public static final List<CreditorProfile> CREDITORS = List.of(
            new CreditorProfile("HXCC", "华信银行信用卡中心", "CREDIT_CARD", 40, 1_200_000, 0.9),
            new CreditorProfile("AXCF", "安信消费金融", "CONSUMER_LOAN", 35, 800_000, 0.8),
            new CreditorProfile("RTAF", "瑞通汽车金融", "AUTO_LOAN", 15, 4_500_000, 0.6),
            new CreditorProfile("ZLSB", "众联小额贷款", "SMALL_BUSINESS_LOAN", 10, 12_000_000, 0.9));

    public static final String HEADER = "creditor_ref,debtor_type,debtor_name,national_id,birth_date,phone_1,phone_2,"
            + "email,address,city,province,country,product,currency,principal,interest,fees,penalty,original_amount,"
            + "first_delinquency_date,charge_off_date,last_payment_date,last_payment_amount,language";

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
            "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董",
            "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈" };

    private static final String[] GIVEN = { "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
            "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "文", "华", "建国", "红", "志强", "玉兰", "晓东", "婷", "雪", "浩", "宇",
            "欣怡", "子涵", "梓轩", "思远", "佳", "鹏", "斌", "琳", "慧", "俊杰", "海燕", "凯", "晨" };

    /**
     * Province, city, a district code of that city (first six digits of resident ids),
     * street names.
     */
    private record Place(String province, String city, String regionCode) {
    }

    private static final Place[] PLACES = { new Place("北京市", "北京市", "110101"), new Place("上海市", "上海市", "310101"),
            new Place("广东省", "广州市", "440103"), new Place("广东省", "深圳市", "440303"), new Place("浙江省", "杭州市", "330102"),
            new Place("浙江省", "宁波市", "330203"), new Place("江苏省", "南京市", "320102"), new Place("江苏省", "苏州市", "320505"),
            new Place("四川省", "成都市", "510104"), new Place("湖北省", "武汉市", "420102"), new Place("山东省", "济南市", "370102"),
            new Place("山东省", "青岛市", "370202"), new Place("河南省", "郑州市", "410102"), new Place("福建省", "厦门市", "350203"),
            new Place("湖南省", "长沙市", "430102"), new Place("陕西省", "西安市", "610102"), new Place("重庆市", "重庆市", "500103"),
            new Place("辽宁省", "沈阳市", "210102") };

    private static final String[] STREETS = { "人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "文化路", "胜利路", "长江路", "黄河路",
            "科技路", "学院路" };

    private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "133", "135", "136", "137", "138", "139",
            "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "176", "177", "180", "181", "182",
            "183", "185", "186", "187", "188", "189", "198", "199" };

    private static final String[] COMPANY_WORDS = { "商贸", "建材", "餐饮", "物流", "电子", "服装", "装饰", "科技" };

    private static final int REUSE_POOL = 2_000;

    private final Random random;

    /** Draws the debtors' languages only, apart from {@link #random}. */
    private final Random languages;

    private final LocalDate asOf;

    private final Debtor[] recent = new Debtor[REUSE_POOL];

    private int debtorsMade;

    public PortfolioGenerator(long seed, LocalDate asOf) {
        this.random = new Random(seed);
        this.languages = new Random(seed ^ 0x6C616E6775616765L);
        this.asOf = asOf;
    }

    /**
     * A generated debtor (kept for reuse: about one account in eight belongs to a debtor
     * seen before).
     */
    private record Debtor(String type, String name, String nationalId, LocalDate birthDate, String phone1,
            String phone2, String email, Place place, String address, String language) {
    }

    /** One generated account and the creditor it belongs to. */
    public record Account(CreditorProfile creditor, String csvLine) {
    }

    /**
     * Writes {@code accounts} rows (with header) spread over the demo creditors into one
     * file per creditor.
     */
    public interface Sink {

        void accept(Account account) throws IOException;

    }

    public void generate(int accounts, String refPrefix, Sink sink) throws IOException {
        for (int i = 1; i <= accounts; i++) {
            CreditorProfile creditor = pickCreditor();
            Debtor debtor = pickDebtor(creditor);
            sink.accept(new Account(creditor, line(refPrefix, i, creditor, debtor)));
        }
    }

    /**
     * Convenience: every account into one CSV (for a single creditor's placement file of
     * any size).
     */
    public void writeCsv(Writer out, int accounts, String refPrefix) throws IOException {
        out.write(HEADER);
        out.write('\n');
        generate(accounts, refPrefix, a -> {
            out.write(a.csvLine());
            out.write('\n');
        });
    }

    private CreditorProfile pickCreditor() {
        int roll = random.nextInt(100);
        int acc = 0;
        for (CreditorProfile c : CREDITORS) {
            acc += c.sharePercent();
            if (roll < acc) {
                return c;
            }
        }
        return CREDITORS.get(0);
    }

    private Debtor pickDebtor(CreditorProfile creditor) {
        if (debtorsMade > 10 && random.nextInt(8) == 0) {
            Debtor previous = recent[random.nextInt(Math.min(debtorsMade, REUSE_POOL))];
            if (previous.type().equals("PERSON") || creditor.product().equals("SMALL_BUSINESS_LOAN")) {
                return previous;
            }
        }
        Debtor debtor = newDebtor(creditor.product().equals("SMALL_BUSINESS_LOAN") && random.nextInt(10) < 3);
        recent[debtorsMade % REUSE_POOL] = debtor;
        debtorsMade++;
        return debtor;
    }

    private Debtor newDebtor(boolean company) {
        Place place = PLACES[random.nextInt(PLACES.length)];
        String address = place.city().replace("市", "") + STREETS[random.nextInt(STREETS.length)]
                + (1 + random.nextInt(300)) + "号" + (1 + random.nextInt(30)) + "0" + (1 + random.nextInt(4)) + "室";
        String phone1 = mobile();
        String phone2 = random.nextInt(10) < 4 ? mobile() : null;
        if (company) {
            String name = place.city().replace("市", "") + SURNAMES[random.nextInt(SURNAMES.length)] + "氏"
                    + COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)] + "有限公司";
            return new Debtor("COMPANY", name, creditCode(place), null, phone1, phone2, null, place, address,
                    language(place));
        }
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        LocalDate birth = asOf.minusYears(22 + random.nextInt(39)).minusDays(random.nextInt(365));
        String first17 = place.regionCode() + birth.toString().replace("-", "")
                + String.format("%03d", random.nextInt(1000));
        String email = random.nextInt(10) < 3 ? (10_000_000L + (random.nextLong() & 0xFFFFFFFL) % 900_000_000L)
                + (random.nextBoolean() ? "@qq.com" : "@163.com") : null;
        return new Debtor("PERSON", name, first17 + checkChar(first17), birth, phone1, phone2, email, place, address,
                language(place));
    }

    /**
     * One draw per debtor: 1 in 100 English anywhere, else 3 in 100 Cantonese in 广东省;
     * null (the usual language) for the rest.
     */
    private String language(Place place) {
        int roll = languages.nextInt(100);
        if (roll == 0) {
            return "en";
        }
        return roll <= 3 && place.province().equals("广东省") ? "yue" : null;
    }

    private String mobile() {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                + String.format("%08d", random.nextInt(100_000_000));
    }

    private String creditCode(Place place) {
        StringBuilder sb = new StringBuilder("91").append(place.regionCode());
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 10; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    static char checkChar(String first17) {
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private String line(String refPrefix, int n, CreditorProfile creditor, Debtor d) {
        // balances: log-normal around the product's median, in whole cents (no floating
        // point reaches the output)
        long balanceCents = Math.max(10_000L,
                Math.round(creditor.medianBalanceCents() * Math.exp(creditor.sigma() * random.nextGaussian())));
        long principal = balanceCents * (75 + random.nextInt(14)) / 100;
        long interest = balanceCents * (3 + random.nextInt(8)) / 100;
        long fees = random.nextInt(3) == 0 ? 0
                : Math.max(0, Math.min(balanceCents - principal - interest, 5_000 + random.nextInt(30_000)));
        long penalty = Math.max(0, balanceCents - principal - interest - fees);
        long original = principal * (110 + random.nextInt(90)) / 100;
        double u = random.nextDouble();
        int dpd = 1 + (int) (719 * u * u);
        LocalDate firstDelinquency = asOf.minusDays(dpd);
        LocalDate chargeOff = dpd > 180 ? firstDelinquency.plusDays(180) : null;
        String lastPaymentDate = "";
        String lastPaymentAmount = "";
        if (random.nextInt(10) < 4) {
            LocalDate paid = firstDelinquency.minusDays(random.nextInt(60)).plusDays(random.nextInt(Math.max(1, dpd)));
            if (paid.isAfter(asOf)) {
                paid = asOf;
            }
            lastPaymentDate = paid.toString();
            lastPaymentAmount = cents(20_000 + random.nextInt(300_000));
        }
        return String.join(",", refPrefix + creditor.code() + "-" + String.format("%07d", n), d.type(), d.name(),
                d.nationalId(), d.birthDate() == null ? "" : d.birthDate().toString(), d.phone1(),
                d.phone2() == null ? "" : d.phone2(), d.email() == null ? "" : d.email(), d.address(), d.place().city(),
                d.place().province(), "CN", creditor.product(), "CNY", cents(principal), cents(interest), cents(fees),
                cents(penalty), cents(original), firstDelinquency.toString(),
                chargeOff == null ? "" : chargeOff.toString(), lastPaymentDate, lastPaymentAmount,
                d.language() == null ? "" : d.language());
    }

    private static String cents(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

}
