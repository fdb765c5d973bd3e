<?php

declare(strict_types=1);

namespace CashfinSandbox;

/**
 * An answer to be written, including the two deliberately broken shapes that
 * fault injection needs (truncated and dropped).
 */
final class Response
{
    /*
     * Express answers res.json() with this exact header; clients must cope with
     * the charset parameter, so the sandbox sends it too.
     */
    public const JSON_TYPE = 'application/json; charset=utf-8';

    /** @var array<string, array{string, string}> lower-case name => [name, value] */
    private array $headers = [];

    /** Send only the first half of the body under a Content-Length for all of it. */
    public bool $truncate = false;

    /** Send no usable answer at all (see send()). */
    public bool $drop = false;

    public function __construct(
        public int $status,
        public string $body,
        string $contentType = self::JSON_TYPE,
    ) {
        $this->setHeader('Content-Type', $contentType);
    }

    public static function json(int $status, mixed $data): self
    {
        return new self($status, Json::encode($data));
    }

    /** The API's error envelope. */
    public static function error(int $status, string $message): self
    {
        return self::json($status, ['success' => false, 'error' => $message]);
    }

    public function setHeader(string $name, string $value): self
    {
        $this->headers[strtolower($name)] = [$name, $value];
        return $this;
    }

    /** Adds a header unless one of that name is already set (fault headers win). */
    public function addDefaultHeader(string $name, string $value): self
    {
        $this->headers[strtolower($name)] ??= [$name, $value];
        return $this;
    }

    public function send(string $requestId, bool $isHead): void
    {
        header_remove('X-Powered-By');
        $this->addDefaultHeader('X-Request-Id', $requestId);

        if ($this->drop) {
            // PHP cannot close a connection without answering (both php -S and
            // FPM always write a response). An interim "100 Continue" followed by
            // the end of the connection is the closest thing: HTTP clients skip
            // it as provisional, then find no final answer (curl: error 52,
            // "Empty reply from server").
            http_response_code(100);
            ini_set('default_mimetype', '');
            header('X-Request-Id: ' . $requestId);
            return;
        }

        http_response_code($this->status);
        foreach ($this->headers as [$name, $value]) {
            header($name . ': ' . $value);
        }

        $body = $this->body;
        $declared = strlen($body);
        if ($this->truncate) {
            $declared = max(1, $declared);
            $body = substr($body, 0, intdiv(strlen($body), 2));
        }
        // php -S sends no Content-Length on its own; declaring it lets clients
        // detect a short body (and is how truncation is simulated).
        header('Content-Length: ' . $declared);
        if (!$isHead) {
            echo $body;
        }
    }
}
