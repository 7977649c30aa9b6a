use std::str::FromStr;

#[derive(Debug)]
enum Color {
    Red,
    Green,
}

impl FromStr for Color {
    type Err = String;

    fn from_str(s: &str) -> Result<Color, String> {
        match s {
            "red" => Ok(Color::Red),
            "green" => Ok(Color::Green),
            other => Err(format!("unknown color `{}`", other)),
        }
    }
}

fn main() {
    let c: Color = "red".parse().unwrap();
    println!("{:?}", c);
    println!("{:?}", "green".parse::<Color>());
    println!("{:?}", "blue".parse::<Color>());
    println!("{:?}", Color::from_str("green"));
    let n: u8 = " 42 ".trim().parse().unwrap();
    let e = "4x".parse::<i32>().unwrap_err();
    println!("{} {}", n, e.to_string());
}
