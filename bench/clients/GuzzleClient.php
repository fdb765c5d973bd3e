<?php

declare(strict_types=1);

namespace BenchPhp;

require_once __DIR__ . '/CashfinPhpClient.php';
require_once '/usr/share/php/GuzzleHttp/autoload.php';   // Debian's php-guzzlehttp-guzzle

/*
 * The same client on Guzzle, the way a Guzzle-based SDK is written: one
 * GuzzleHttp\Client for the life of the object, with the base URI, timeouts,
 * TLS verification, no redirects and the constant headers as its defaults;
 * http_errors off, because the answer is judged by status and body in
 * CashfinPhpClient. Guzzle's curl handler keeps its easy handles (and so the
 * keep-alive connection) between requests of one client. Guzzle asks for
 * HTTP/1.1 unless told otherwise.
 */
final class GuzzleClient extends CashfinPhpClient
{
    private \GuzzleHttp\Client $guzzle;

    public function __construct(#[\SensitiveParameter] ?string $secret = null, array $options = [])
    {
        parent::__construct($secret, $options);
        $this->guzzle = new \GuzzleHttp\Client([
            'base_uri' => $this->baseUrl,
            'timeout' => $this->timeout,
            'connect_timeout' => $this->connectTimeout,
            'verify' => $this->caInfo ?? true,
            'allow_redirects' => false,
            'http_errors' => false,
            'headers' => [
                'Authorization' => $this->secret,
                'Accept' => 'application/json',
                'User-Agent' => 'cashfin-guzzle/1.0 ' . \GuzzleHttp\Utils::defaultUserAgent(),
            ],
        ]);
    }

    protected function send(string $method, string $path, ?string $body, array $headers): array
    {
        $options = [];
        foreach ($headers as $line) {
            [$name, $value] = explode(': ', $line, 2);
            $options['headers'][$name] = $value;
        }
        if ($body !== null) {
            $options['body'] = $body;
        }
        try {
            $response = $this->guzzle->request($method, $path, $options);
        } catch (\GuzzleHttp\Exception\ConnectException $e) {
            throw new ConnectionError('Could not reach Cashfin: ' . $e->getMessage(), true);
        } catch (\GuzzleHttp\Exception\TransferException $e) {
            throw new ConnectionError('Could not reach Cashfin: ' . $e->getMessage(), false);
        }
        $head = '';
        foreach ($response->getHeaders() as $name => $values) {
            $head .= $name . ': ' . implode(', ', $values) . "\r\n";
        }
        return [$response->getStatusCode(), $head, (string) $response->getBody()];
    }
}
