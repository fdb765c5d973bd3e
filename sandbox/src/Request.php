<?php

declare(strict_types=1);

namespace CashfinSandbox;

/**
 * One incoming HTTP request, read once from the SAPI globals.
 */
final class Request
{
    /**
     * @param array<string, string> $headers lower-case name => value
     */
    public function __construct(
        public readonly string $id,
        public readonly string $method,
        public readonly string $path,
        public readonly string $query,
        public readonly array $headers,
        public readonly string $body,
    ) {
    }

    public static function fromGlobals(): self
    {
        // REQUEST_URI is set the same way by php -S and by nginx's fastcgi_params;
        // the path is kept raw (undecoded) so the request log shows what was sent.
        $uri = (string) ($_SERVER['REQUEST_URI'] ?? '/');
        $cut = strpos($uri, '?');

        return new self(
            'req_' . bin2hex(random_bytes(12)),
            (string) ($_SERVER['REQUEST_METHOD'] ?? 'GET'),
            $cut === false ? $uri : substr($uri, 0, $cut),
            $cut === false ? '' : substr($uri, $cut + 1),
            self::readHeaders(),
            (string) file_get_contents('php://input'),
        );
    }

    public function header(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
    }

    /**
     * Query parameters parsed by hand: PHP's $_GET would turn `a[]=` into
     * arrays and dots into underscores. A repeated name keeps its last value.
     *
     * @return array<string, string>
     */
    public function queryParams(): array
    {
        $params = [];
        foreach (explode('&', $this->query) as $pair) {
            if ($pair === '') {
                continue;
            }
            [$name, $value] = array_pad(explode('=', $pair, 2), 2, '');
            $params[urldecode($name)] = urldecode($value);
        }
        return $params;
    }

    /** @return array<string, string> */
    private static function readHeaders(): array
    {
        // getallheaders() exists in both php -S and FPM; the $_SERVER fallback
        // covers any other SAPI a reverse proxy might use.
        $raw = function_exists('getallheaders') ? getallheaders() : self::headersFromServer();
        $headers = [];
        foreach ($raw as $name => $value) {
            $headers[strtolower((string) $name)] = (string) $value;
        }
        return $headers;
    }

    /** @return array<string, string> */
    private static function headersFromServer(): array
    {
        $headers = [];
        foreach ($_SERVER as $key => $value) {
            if (str_starts_with((string) $key, 'HTTP_')) {
                $headers[str_replace('_', '-', substr((string) $key, 5))] = (string) $value;
            }
        }
        foreach (['CONTENT_TYPE' => 'content-type', 'CONTENT_LENGTH' => 'content-length'] as $key => $name) {
            if (isset($_SERVER[$key]) && $_SERVER[$key] !== '') {
                $headers[$name] = (string) $_SERVER[$key];
            }
        }
        return $headers;
    }
}
