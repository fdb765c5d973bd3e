<?php

declare(strict_types=1);

namespace CashfinSandbox;

/**
 * JSON helpers shared by the API and the admin endpoints.
 */
final class Json
{
    /*
     * Mirror Node's JSON.stringify (the real API is an Express app): slashes,
     * non-ASCII characters and U+2028/U+2029 are written raw, not escaped.
     */
    private const FLAGS = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
        | JSON_UNESCAPED_LINE_TERMINATORS | JSON_THROW_ON_ERROR;

    public static function encode(mixed $value): string
    {
        return json_encode($value, self::FLAGS);
    }

    /*
     * The request log stores raw bodies, which need not be UTF-8; a lossy
     * U+FFFD substitution beats failing to show the log at all.
     */
    public static function encodeLossy(mixed $value): string
    {
        return json_encode($value, self::FLAGS | JSON_INVALID_UTF8_SUBSTITUTE);
    }

    /**
     * Decodes a request body that must be a JSON object.
     *
     * Objects are decoded as stdClass (not arrays) so that `{}` and `[]`
     * stay distinguishable, then flattened to an array with the keys in the
     * order the client sent them.
     *
     * @return array<int|string, mixed>|null null when the body is not a JSON object
     */
    public static function decodeObject(string $body): ?array
    {
        try {
            $value = json_decode($body, false, 512, JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            return null;
        }
        return $value instanceof \stdClass ? get_object_vars($value) : null;
    }
}
