//@ mode: check
// Numbers are not truth values, and only `u8` is a character.
fn is_set(flags: u32) -> bool {
    flags as bool
}

fn initial(code: u32) -> char {
    code as char
}

fn from_signed(b: i8) -> char {
    b as char
}

fn main() {
    let count = 3;
    let any = count as bool;
    let ratio = 0.5;
    let half = ratio as char;
    let yes = 'y' as bool;
    println!("{} {} {} {} {}", is_set(1), initial(65), from_signed(66), any, half);
    println!("{}", yes);
}
