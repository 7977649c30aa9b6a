//@ mode: run
// Matching integers, ranges, chars, strings, tuples, guards and bindings.
fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        x if x % 2 == 0 => "big even",
        _ => "big odd",
    }
}

fn bucket(score: u32) -> char {
    match score {
        90.. => 'A',
        80..90 => 'B',
        70..=79 => 'C',
        _ => 'F',
    }
}

fn kind(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        '0'..='9' => "digit",
        _ => "other",
    }
}

fn greet(lang: &str) -> &str {
    match lang {
        "fr" => "bonjour",
        "de" => "hallo",
        _ => "hello",
    }
}

fn quadrant(p: (i32, i32)) -> u8 {
    match p {
        (0, 0) => 0,
        (x, y) if x > 0 && y > 0 => 1,
        (x, _) if x < 0 => 2,
        (_, y @ -5..=-1) => {
            println!("just below: {}", y);
            3
        }
        _ => 4,
    }
}

fn main() {
    for n in -2..7 {
        print!("{} ", classify(n));
    }
    println!();
    println!("{} {} {} {}", bucket(95), bucket(85), bucket(75), bucket(3));
    println!("{} {} {} {}", kind('e'), kind('x'), kind('7'), kind('#'));
    println!("{} {}", greet("fr"), greet("en"));
    println!("{} {} {} {} {}", quadrant((0, 0)), quadrant((1, 2)), quadrant((-1, 5)), quadrant((3, -2)), quadrant((3, -9)));
    let big = match u64::MAX {
        0 => false,
        _ => true,
    };
    let label = match (big, 1.5f64 > 1.0) {
        (true, true) => "both",
        (true, false) | (false, true) => "one",
        (false, false) => "none",
    };
    println!("{big} {label}");
}
