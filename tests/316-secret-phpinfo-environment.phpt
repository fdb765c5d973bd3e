--TEST--
Secret: the one place PHP itself shows it is the environment tables of a full phpinfo() (Environment, PHP Variables) when it comes from CASHFIN_CLIENT_SECRET; the cashfin section and the rest of phpinfo() never show it
--ENV--
CASHFIN_CLIENT_SECRET=cs_SECRET_never_shown_123
--EXTENSIONS--
cashfin
--FILE--
<?php
$client = new Cashfin\Customers();
$sections = ['INFO_GENERAL' => INFO_GENERAL, 'INFO_CONFIGURATION' => INFO_CONFIGURATION, 'INFO_MODULES' => INFO_MODULES,
    'INFO_ENVIRONMENT' => INFO_ENVIRONMENT, 'INFO_VARIABLES' => INFO_VARIABLES];
foreach ($sections as $name => $section) {
    ob_start();
    phpinfo($section);
    $info = ob_get_clean();
    echo $name, ': ', str_contains($info, 'SECRET_never_shown') ? 'shows the secret' : 'no secret', "\n";
}
?>
--EXPECT--
INFO_GENERAL: no secret
INFO_CONFIGURATION: no secret
INFO_MODULES: no secret
INFO_ENVIRONMENT: shows the secret
INFO_VARIABLES: shows the secret
