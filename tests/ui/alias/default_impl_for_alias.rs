struct Settings {
    volume: u8,
    muted: bool,
}

type Config = Settings;

impl Default for Config {
    fn default() -> Self {
        Config { volume: 5, muted: false }
    }
}

fn main() {
    let c = Config::default();
    let s = Settings::default();
    println!("{} {} {}", c.volume, c.muted, s.volume + 1);
}
