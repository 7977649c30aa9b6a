fn snapshot(readings: &Vec<f64>) -> Vec<f64> {
    readings.iter().collect()
}

fn main() {
    println!("{:?}", snapshot(&vec![0.5, 1.5]));
}
