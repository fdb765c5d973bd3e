<?php

// The baseline page: what the FPM stack serves when the page makes no API call.
header('Content-Type: application/json');
echo json_encode(['ok' => true, 'name' => null]);
