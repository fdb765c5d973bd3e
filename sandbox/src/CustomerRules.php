<?php

declare(strict_types=1);

namespace CashfinSandbox;

/**
 * Field rules for create and update.
 *
 * The C client (ext/core/customer.c) reproduces these messages byte for byte
 * to reject bad data before sending it, so any change here must be made there
 * too, and in the table in sandbox/README.md.
 */
final class CustomerRules
{
    /** Every field, in the canonical order that error maps follow. */
    public const LABELS = [
        'name' => 'Name',
        'email' => 'Email',
        'phone' => 'Phone',
        'country' => 'Country',
        'currency' => 'Currency',
        'company' => 'Company',
        'address' => 'Address',
        'city' => 'City',
        'state' => 'State',
        'website' => 'Website',
        'type' => 'Type',
    ];

    /** Required on create; never empty, on create or update. */
    public const REQUIRED = ['name', 'email', 'phone', 'country', 'currency'];

    public const CREATE_FIELDS = [...self::REQUIRED, 'company', 'address', 'city', 'type'];

    /** Maximum length in Unicode code points. */
    private const MAX_LENGTH = [
        'name' => 100,
        'email' => 254,
        'phone' => 32,
        'country' => 100,
        'company' => 100,
        'address' => 255,
        'city' => 100,
        'state' => 100,
        'website' => 255,
    ];

    /* C's isspace() set, so the C client can trim the same bytes. */
    public const ASCII_WHITESPACE = " \t\n\v\f\r";

    /**
     * @param array<int|string, mixed> $fields the decoded JSON object, in the client's key order
     * @return array<int|string, string> field => message; empty when valid
     */
    public static function check(array $fields, bool $create): array
    {
        if (!$create && $fields === []) {
            return ['body' => 'At least one field is required'];
        }
        $accepted = $create ? self::CREATE_FIELDS : array_keys(self::LABELS);

        $errors = [];
        foreach (self::LABELS as $field => $label) {
            if (!in_array($field, $accepted, true)) {
                continue;
            }
            if (!array_key_exists($field, $fields)) {
                if ($create && self::isRequired($field)) {
                    $errors[$field] = "$label is required";
                }
                continue;
            }
            $message = self::checkValue($field, $fields[$field], $create);
            if ($message !== null) {
                $errors[$field] = $message;
            }
        }
        foreach (array_keys($fields) as $key) {
            if (!in_array((string) $key, $accepted, true)) {
                $errors[$key] = 'Unknown field';
            }
        }
        return $errors;
    }

    public static function isRequired(string $field): bool
    {
        return in_array($field, self::REQUIRED, true);
    }

    /** The first failing rule's message for one present field, or null. */
    private static function checkValue(string $field, mixed $value, bool $create): ?string
    {
        $label = self::LABELS[$field];
        $required = self::isRequired($field);

        if ($value === null) {
            return $create && $required ? "$label is required" : "$label must be a string";
        }
        if (!is_string($value)) {
            return "$label must be a string";
        }
        // json_decode already refuses invalid UTF-8; the rule is kept for the
        // C client, which sees raw PHP strings.
        if (preg_match('//u', $value) !== 1) {
            return "$label must be valid UTF-8";
        }
        if ($required && trim($value, self::ASCII_WHITESPACE) === '') {
            return "$label is required";
        }
        // A postal address is the one field where line breaks and tabs are data.
        $controls = $field === 'address' ? '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/' : '/[\x00-\x1F\x7F]/';
        if (preg_match($controls, $value) === 1) {
            return "$label must not contain control characters";
        }
        $max = self::MAX_LENGTH[$field] ?? null;
        if ($max !== null && preg_match_all('/./su', $value) > $max) {
            return "$label must be at most $max characters";
        }
        // An empty optional field clears it; there is no format to check.
        if ($value === '') {
            return null;
        }
        return match ($field) {
            'email' => self::isEmail($value) ? null : 'Email must be a valid email address',
            'phone' => self::isPhone($value) ? null : 'Phone must be a valid phone number',
            'currency' => preg_match('/^[A-Z]{3}$/D', $value) === 1 ? null : 'Currency must be a 3-letter ISO 4217 code',
            'website' => self::isWebsite($value) ? null : 'Website must be a valid http or https URL',
            'type' => in_array($value, ['individual', 'business'], true) ? null : 'Type must be individual or business',
            default => null,
        };
    }

    /*
     * Deliberately loose (no RFC 5322 parser): exactly one "@", something
     * before it, no whitespace, and a dotted domain without empty labels.
     */
    private static function isEmail(string $value): bool
    {
        $parts = explode('@', $value);
        if (count($parts) !== 2 || $parts[0] === '' || strpbrk($value, self::ASCII_WHITESPACE) !== false) {
            return false;
        }
        $labels = explode('.', $parts[1]);
        return count($labels) >= 2 && !in_array('', $labels, true);
    }

    /* Human formatting is allowed; what counts is an E.164-sized digit count. */
    private static function isPhone(string $value): bool
    {
        if (preg_match('/^\+?[0-9 ().-]*$/D', $value) !== 1) {
            return false;
        }
        $digits = preg_match_all('/[0-9]/', $value);
        return $digits >= 7 && $digits <= 15;
    }

    private static function isWebsite(string $value): bool
    {
        if (preg_match('#^https?://#i', $value, $m) !== 1) {
            return false;
        }
        return strlen($value) > strlen($m[0]) && strpbrk($value, self::ASCII_WHITESPACE) === false;
    }
}
