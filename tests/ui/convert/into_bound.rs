fn greet<T: Into<String>>(name: T) -> String {
    let name: String = name.into();
    format!("Hello, {}!", name)
}

fn mean<T: Into<f64>>(mut values: Vec<T>) -> f64 {
    let n = values.len() as f64;
    let mut sum = 0.0;
    while let Some(v) = values.pop() {
        sum += v.into();
    }
    sum / n
}

fn main() {
    println!("{}", greet("Ada"));
    println!("{}", greet(String::from("Grace")));
    println!("{}", mean(vec![1, 2, 4]));
    println!("{}", mean(vec![1.5f32, 2.5]));
}
