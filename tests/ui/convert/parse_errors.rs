fn main() {
    println!("{:?}", "12x".parse::<i32>());
    println!("{:?}", "".parse::<u8>());
    println!("{:?}", "300".parse::<u8>());
    println!("{:?}", "-300".parse::<i8>());
    println!("{:?}", "-5".parse::<u8>());
    println!("{:?}", "+5".parse::<u8>());
    println!("{:?}", "+".parse::<i32>());
    println!("{:?}", "1.5e3".parse::<f64>());
    println!("{:?}", "abc".parse::<f64>());
    println!("{:?}", "".parse::<f64>());
    println!("{:?}", "yes".parse::<bool>());
    println!("{:?}", "ab".parse::<char>());
    println!("{:?}", "".parse::<char>());
    match "12x".parse::<i32>() { Err(e) => println!("{}", e), Ok(_) => {} }
    match "".parse::<i32>() { Err(e) => println!("{}", e), Ok(_) => {} }
    match "999".parse::<u8>() { Err(e) => println!("{}", e), Ok(_) => {} }
    match "-999".parse::<i8>() { Err(e) => println!("{}", e), Ok(_) => {} }
    match "x".parse::<f32>() { Err(e) => println!("{}", e), Ok(_) => {} }
    match "".parse::<f32>() { Err(e) => println!("{}", e), Ok(_) => {} }
    match "x".parse::<bool>() { Err(e) => println!("{}", e), Ok(_) => {} }
    match "xy".parse::<char>() { Err(e) => println!("{}", e), Ok(_) => {} }
    match "".parse::<char>() { Err(e) => println!("{}", e), Ok(_) => {} }
    println!("{:?} {:?} {:?} {:?}", ".5".parse::<f64>(), "5.".parse::<f64>(), "inf".parse::<f64>(), "-NaN".parse::<f64>());
    println!("{:?} {:?}", " 5".parse::<i32>(), "1_000".parse::<f64>());
}
