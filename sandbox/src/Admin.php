<?php

declare(strict_types=1);

namespace CashfinSandbox;

/**
 * The sandbox-only control API under /__sandbox/. It does not exist on the
 * real service, needs no auth, and is neither rate limited nor logged, so
 * tests can drive it freely without disturbing what they measure.
 */
final class Admin
{
    public const PREFIX = '/__sandbox/';

    /** path => [method => handler] */
    private const ROUTES = [
        'health' => ['GET' => 'health'],
        'reset' => ['POST' => 'reset'],
        'config' => ['GET' => 'showConfig', 'POST' => 'setConfig'],
        'faults' => ['GET' => 'listFaults', 'POST' => 'addFault', 'DELETE' => 'clearFaults'],
        'requests' => ['GET' => 'listRequests', 'DELETE' => 'clearRequests'],
    ];

    public function __construct(private readonly Database $db)
    {
    }

    public static function owns(string $path): bool
    {
        return str_starts_with($path, self::PREFIX) || $path === rtrim(self::PREFIX, '/');
    }

    public function handle(Request $request): Response
    {
        $name = trim(substr($request->path, strlen(self::PREFIX)), '/');
        $methods = self::ROUTES[$name] ?? null;
        if ($methods === null) {
            return self::fail(404, 'Unknown sandbox endpoint');
        }
        $handler = $methods[$request->method] ?? null;
        if ($handler === null) {
            return self::fail(405, 'Method not allowed')->setHeader('Allow', implode(', ', array_keys($methods)));
        }
        return $this->$handler($request);
    }

    private function health(): Response
    {
        return self::ok([]);
    }

    private function reset(): Response
    {
        $this->db->transaction(function (): void {
            foreach (['customers', 'idempotency', 'faults', 'requests', 'settings', 'rate_window'] as $table) {
                $this->db->run("DELETE FROM $table");
            }
        });
        return self::ok([]);
    }

    private function showConfig(): Response
    {
        return self::ok(['config' => Settings::load($this->db)->toArray()]);
    }

    private function setConfig(Request $request): Response
    {
        $input = self::body($request);
        if ($input === null) {
            return self::fail(400, 'Invalid JSON body');
        }
        foreach ($input as $name => $value) {
            $error = Settings::invalid((string) $name, $value);
            if ($error !== null) {
                return self::fail(400, $error);
            }
        }
        $this->db->transaction(function () use ($input): void {
            foreach ($input as $name => $value) {
                Settings::override($this->db, (string) $name, $value);
            }
        });
        return $this->showConfig();
    }

    private function listFaults(): Response
    {
        return self::ok(['faults' => array_map(self::presentFault(...), (new FaultQueue($this->db))->pending())]);
    }

    private function addFault(Request $request): Response
    {
        $input = self::body($request);
        if ($input === null) {
            return self::fail(400, 'Invalid JSON body');
        }
        $fault = FaultQueue::normalize($input);
        if (is_string($fault)) {
            return self::fail(400, $fault);
        }
        $id = (new FaultQueue($this->db))->add($fault);
        return self::ok(['fault' => self::presentFault(['id' => $id, 'remaining' => $fault['count']] + $fault)]);
    }

    private function clearFaults(): Response
    {
        (new FaultQueue($this->db))->clear();
        return self::ok([]);
    }

    private function listRequests(): Response
    {
        return self::ok(['requests' => (new RequestLog($this->db))->all()]);
    }

    private function clearRequests(): Response
    {
        (new RequestLog($this->db))->clear();
        return self::ok([]);
    }

    /** An empty body counts as {} so that `curl -X POST .../reset` just works. */
    private static function body(Request $request): ?array
    {
        return trim($request->body) === '' ? [] : Json::decodeObject($request->body);
    }

    /** Headers stay a JSON object even when empty. */
    /** A body longer than this is shown cut, with its length: echoing many MiB back makes slow clients slower. */
    private const SHOWN_BODY_BYTES = 4096;

    private static function presentFault(array $fault): array
    {
        $fault['headers'] = (object) $fault['headers'];
        if (is_string($fault['body']) && strlen($fault['body']) > self::SHOWN_BODY_BYTES) {
            $fault['body_bytes'] = strlen($fault['body']);
            $fault['body'] = substr($fault['body'], 0, self::SHOWN_BODY_BYTES);
        }
        return $fault;
    }

    private static function ok(array $data): Response
    {
        return Response::json(200, ['ok' => true] + $data);
    }

    private static function fail(int $status, string $message): Response
    {
        return Response::json($status, ['ok' => false, 'error' => $message]);
    }
}
