// Unused constants and statics, and globals not written in upper case.
const max_speed: u32 = 120;
static Label: &str = "km/h";
const UNUSED: u8 = 7;
static ALSO_UNUSED: bool = true;

fn main() {
    println!("{max_speed} {Label}");
}
