<?php

declare(strict_types=1);

namespace BenchPhp;

require_once __DIR__ . '/CashfinPhpClient.php';

/*
 * The best pure-PHP Cashfin client we know how to write on ext/curl, in the
 * manner of stripe-php's CurlClient: one curl handle for the life of the object
 * (so keep-alive connections and TLS sessions are reused within a PHP request),
 * TLS verified, no redirects, timeouts, HTTP/2 over TLS when offered, a
 * User-Agent, and every option that never changes set once, in the
 * constructor; per call only the URL, the method, the body and the request
 * headers are set. The answer's header block comes back in front of the body
 * (CURLOPT_HEADER) and is split off by CURLINFO_HEADER_SIZE: one string
 * operation instead of a PHP callback per header line (which is what
 * stripe-php does, and measured slower). The rest - checks, JSON, the
 * envelope, error classes, retries - is CashfinPhpClient, shared with the
 * Guzzle client.
 */
final class PurePhpClient extends CashfinPhpClient
{
    private \CurlHandle $curl;
    private string $method = 'GET';
    /** @var list<string> */
    private array $baseHeaders;

    public function __construct(#[\SensitiveParameter] ?string $secret = null, array $options = [])
    {
        parent::__construct($secret, $options);
        $this->curl = curl_init();
        $this->baseHeaders = ["Authorization: $this->secret", 'Accept: application/json', 'Expect:'];
        $fixed = [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HEADER => true,
            CURLOPT_FOLLOWLOCATION => false,
            CURLOPT_PROTOCOLS => CURLPROTO_HTTP | CURLPROTO_HTTPS,
            CURLOPT_SSL_VERIFYPEER => true,
            CURLOPT_SSL_VERIFYHOST => 2,
            CURLOPT_CONNECTTIMEOUT_MS => (int) ($this->connectTimeout * 1000),
            CURLOPT_TIMEOUT_MS => (int) ($this->timeout * 1000),
            CURLOPT_NOSIGNAL => true,
            CURLOPT_TCP_KEEPALIVE => 1,
            CURLOPT_ENCODING => '',
            CURLOPT_HTTP_VERSION => CURL_HTTP_VERSION_2TLS,
            CURLOPT_USERAGENT => 'cashfin-pure-php/1.0 PHP/' . PHP_VERSION . ' curl/' . curl_version()['version'],
        ];
        if ($this->caInfo !== null) {
            $fixed[CURLOPT_CAINFO] = $this->caInfo;
        }
        curl_setopt_array($this->curl, $fixed);
    }

    protected function send(string $method, string $path, ?string $body, array $headers): array
    {
        $curl = $this->curl;
        $options = [
            CURLOPT_URL => $this->baseUrl . $path,
            CURLOPT_HTTPHEADER => $headers === [] ? $this->baseHeaders : array_merge($this->baseHeaders, $headers),
        ];
        if ($body === null) {
            $options[CURLOPT_HTTPGET] = true;
        } else {
            $options[CURLOPT_POSTFIELDS] = $body;   // also makes it a POST
        }
        if ($method !== $this->method) {
            $options[CURLOPT_CUSTOMREQUEST] = $method === 'GET' || $method === 'POST' ? null : $method;
            $this->method = $method;
        }
        curl_setopt_array($curl, $options);
        $answer = curl_exec($curl);
        if ($answer === false) {
            $errno = curl_errno($curl);
            $transient = in_array($errno, [CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_OPERATION_TIMEDOUT,
                CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE, CURLE_SSL_CONNECT_ERROR], true);
            throw new ConnectionError('Could not reach Cashfin: ' . curl_error($curl), $transient);
        }
        $headerSize = curl_getinfo($curl, CURLINFO_HEADER_SIZE);
        return [curl_getinfo($curl, CURLINFO_RESPONSE_CODE), substr($answer, 0, $headerSize), substr($answer, $headerSize)];
    }
}
