<?php

/*
 * The canned Cashfin answers nginx serves in the benchmarks: the documented
 * envelopes with realistic customer records, generated deterministically (the
 * same bytes every run), so the server does no work but send them.
 *
 *   details.json   200  {"success":true,"data":{customer}}
 *   create.json    201  {"success":true,"message":"Customer created successfully","data":{customer}}
 *   list-N.json    200  {"success":true,"data":[100 customers],"pagination":{"total":10000,"page":N,"limit":100,"pages":100}}
 *                       for N = 1..100: the 10,000 customers that all() walks through
 */

const BENCH_PAGES = 100;
const BENCH_PAGE_SIZE = 100;
const BENCH_DETAILS_ID = '65a1f0c2e4b0a1b2c3d4e5f6';

/** Customer number $n (1-based) of the canned data set: every field of the documented record. */
function bench_customer(int $n): array
{
    static $first = ['Amina', 'John', 'Wanjiru', 'Kwame', 'Chidi', 'Fatuma', 'Brian', 'Akinyi', 'Otieno', 'Zawadi',
        'Thandiwe', 'Kofi', 'Nia', 'Musa', 'Halima', 'Jomo', 'Ayodele', 'Renée', 'Zoë', 'Émile'];
    static $last = ['Odhiambo', 'Doe', 'Mwangi', 'Mensah', 'Okafor', 'Hassan', 'Kiptoo', 'Achieng', 'Njoroge', 'Banda',
        'Nkosi', 'Boateng', 'Abubakar', 'Kamau', 'Mutua', 'Adeyemi', 'Traoré', 'Diallo', 'Ngugi', 'Wekesa'];
    static $places = [['Kenya', 'KES', 'Nairobi', 'Nairobi County'], ['Kenya', 'KES', 'Mombasa', 'Mombasa County'],
        ['Nigeria', 'NGN', 'Lagos', 'Lagos State'], ['Ghana', 'GHS', 'Accra', 'Greater Accra'],
        ['Uganda', 'UGX', 'Kampala', 'Central'], ['Tanzania', 'TZS', 'Dar es Salaam', 'Dar es Salaam'],
        ['South Africa', 'ZAR', 'Cape Town', 'Western Cape'], ['Rwanda', 'RWF', 'Kigali', 'Kigali']];
    $given = $first[$n % count($first)];
    $family = $last[intdiv($n, count($first)) % count($last)];
    [$country, $currency, $city, $state] = $places[$n % count($places)];
    $business = $n % 3 === 0;
    $slug = strtolower(preg_replace('/[^A-Za-z]/', '', iconv('UTF-8', 'ASCII//TRANSLIT', "$given.$family")) ?: 'customer');
    $created = 1700000000 + $n * 3607;
    return [
        '_id' => sprintf('65a1f0c2%016x', 0x1000 + $n),
        'name' => "$given $family",
        'email' => "$slug$n@example.com",
        'phone' => sprintf('+2547%08d', 10000000 + $n * 7919 % 89999999),
        'company' => $business ? "$family Traders Ltd" : '',
        'country' => $country,
        'currency' => $currency,
        'type' => $business ? 'business' : 'individual',
        'address' => sprintf('%d %s Road', 10 + $n % 990, $family),
        'city' => $city,
        'state' => $state,
        'website' => $business ? 'https://' . strtolower($family) . "-traders$n.example.com" : '',
        'active' => $n % 17 !== 0,
        'sourceorigin' => $n % 5 === 0 ? 'import' : 'api',
        'createdat' => gmdate('Y-m-d\TH:i:s.000\Z', $created),
        'updatedat' => gmdate('Y-m-d\TH:i:s.000\Z', $created + 86400 * ($n % 40)),
    ];
}

/** The customer create() sends: valid by the API's rules. */
function bench_new_customer(): array
{
    return ['name' => 'John Doe', 'email' => 'john.doe@example.com', 'phone' => '+254712345678',
        'country' => 'Kenya', 'currency' => 'KES', 'company' => 'Doe Traders Ltd', 'address' => '12 Moi Avenue',
        'city' => 'Nairobi', 'type' => 'business'];
}

function bench_json(array $value): string
{
    // Unescaped slashes and Unicode, as a typical Node.js API sends them; never a backslash, quote or '$',
    // so the bodies can stand in nginx's configuration as they are (checked when they are written).
    return json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
}

/**
 * Writes the canned answers into $dir and returns ['details' => body, 'create' => body,
 * 'page_bytes' => size of list-1.json, 'details_bytes' => ..., 'create_bytes' => ...].
 */
function bench_write_canned(string $dir): array
{
    @mkdir($dir, 0700, true);
    $details = bench_customer(1);
    $details['_id'] = BENCH_DETAILS_ID;
    $created = bench_new_customer() + ['state' => '', 'website' => '', 'active' => true, 'sourceorigin' => 'api',
        'createdat' => '2024-01-13T08:21:54.000Z', 'updatedat' => '2024-01-13T08:21:54.000Z'];
    $created = ['_id' => '65a1f0c2e4b0a1b2c3d4ffff'] + $created;
    $bodies = [
        'details' => bench_json(['success' => true, 'data' => $details]),
        'create' => bench_json(['success' => true, 'message' => 'Customer created successfully', 'data' => $created]),
    ];
    foreach ($bodies as $name => $body) {
        if (preg_match('/[\'$\\\\]/', $body)) {
            throw new RuntimeException("canned $name body holds a character nginx would interpret");
        }
        file_put_contents("$dir/$name.json", $body);
    }
    $total = BENCH_PAGES * BENCH_PAGE_SIZE;
    for ($page = 1; $page <= BENCH_PAGES; $page++) {
        $data = [];
        for ($i = 1; $i <= BENCH_PAGE_SIZE; $i++) {
            $data[] = bench_customer(($page - 1) * BENCH_PAGE_SIZE + $i);
        }
        file_put_contents("$dir/list-$page.json", bench_json(['success' => true, 'data' => $data,
            'pagination' => ['total' => $total, 'page' => $page, 'limit' => BENCH_PAGE_SIZE, 'pages' => BENCH_PAGES]]));
    }
    return $bodies + ['details_bytes' => strlen($bodies['details']), 'create_bytes' => strlen($bodies['create']),
        'page_bytes' => filesize("$dir/list-1.json")];
}
