use std::error::Error;
use std::fmt;

#[derive(Debug)]
enum ConfigError {
    Missing(&'static str),
    TooLarge(u32),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Missing(k) => write!(f, "missing {k}"),
            ConfigError::TooLarge(n) => write!(f, "{n} is too large"),
        }
    }
}

impl Error for ConfigError {}

fn port(v: Option<&str>) -> Result<u16, Box<dyn Error + Send + Sync>> {
    let v = v.ok_or(ConfigError::Missing("port"))?;
    let n: u32 = v.parse()?;
    if n > 65535 {
        return Err(Box::new(ConfigError::TooLarge(n)));
    }
    Ok(n as u16)
}

fn main() {
    for v in [Some("80"), None, Some("http"), Some("70000")] {
        match port(v) {
            Ok(p) => println!("port {p}"),
            Err(e) => println!("error: {e} ({e:?})"),
        }
    }
}
