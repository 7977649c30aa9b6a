// `String` and `&str` become a `Box<dyn Error>` through `into`, `?` and `from`.
use std::error::Error;

fn half(n: i32) -> Result<i32, Box<dyn Error>> {
    if n % 2 != 0 {
        return Err(format!("{} is odd", n).into());
    }
    if n < 0 {
        return Err("negative".into());
    }
    Ok(n / 2)
}

fn named(s: &str) -> Result<String, String> {
    if s.is_empty() { Err(String::from("no name")) } else { Ok(s.to_uppercase()) }
}

fn greet(s: &str) -> Result<String, Box<dyn Error>> {
    let n = named(s)?;
    Ok(format!("hello {n}"))
}

fn main() {
    println!("{:?}", half(8).unwrap());
    match half(7) {
        Ok(v) => println!("{v}"),
        Err(e) => println!("{} / {:?}", e, e),
    }
    if let Err(e) = half(-4) { println!("{e:?}"); }
    println!("{}", greet("ann").unwrap());
    let e = greet("").unwrap_err();
    println!("{e} {}", e.to_string().len());
    let b = Box::<dyn Error>::from("direct");
    println!("{b:?}");
}
